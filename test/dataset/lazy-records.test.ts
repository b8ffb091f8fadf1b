import { describe, expect, it } from 'vitest';
import { LazyRecords } from '../../src/dataset/lazy-records.js';

const ids = ['a', 'b', 'c'];
/** Records that count their reads, to show what was parsed. */
function records(options: { find?: (id: string) => number | undefined; idOf?: boolean } = {}) {
  const parsed: number[] = [];
  let listed = 0;
  const map = new LazyRecords(
    () => {
      listed++;
      return ids;
    },
    (i) => {
      parsed.push(i);
      return { id: ids[i]!, n: i };
    },
    { find: options.find, idOf: options.idOf ? (r) => r.id : undefined },
  );
  return { map, parsed, listed: () => listed };
}

describe('LazyRecords', () => {
  it('parses a record when it is asked for, once', () => {
    const { map, parsed } = records();
    expect(parsed).toEqual([]);
    expect(map.get('b')).toEqual({ id: 'b', n: 1 });
    expect(map.get('b')).toBe(map.get('b'));
    expect(parsed).toEqual([1]);
  });

  it('answers has, size and unknown ids without parsing', () => {
    const { map, parsed } = records();
    expect(map.size).toBe(3);
    expect(map.has('c')).toBe(true);
    expect(map.has('z')).toBe(false);
    expect(map.get('z')).toBeUndefined();
    expect(parsed).toEqual([]);
  });

  it('iterates like a Map, in order', () => {
    const { map } = records();
    expect([...map.keys()]).toEqual(ids);
    expect([...map.values()].map((r) => r.n)).toEqual([0, 1, 2]);
    expect([...map].map(([k, v]) => `${k}${v.n}`)).toEqual(['a0', 'b1', 'c2']);
    const seen: string[] = [];
    map.forEach((v, k) => seen.push(`${k}${v.n}`));
    expect(seen).toEqual(['a0', 'b1', 'c2']);
    expect(map.all().map((r) => r.id)).toEqual(ids);
  });

  it('finds a record already read without listing every id', () => {
    const { map, listed } = records({ idOf: true });
    map.at(2);
    expect(map.get('c')).toEqual({ id: 'c', n: 2 });
    expect(listed()).toBe(0);
    map.get('a'); // not read yet: needs the list of ids
    expect(listed()).toBe(1);
  });

  it('lists every record in one read when that is offered, and then parses none', () => {
    const parsed: number[] = [];
    const map = new LazyRecords(
      () => ids,
      (i) => {
        parsed.push(i);
        return { id: ids[i]! };
      },
      { idOf: (r) => r.id, all: () => ids.map((id) => ({ id })) },
    );
    expect(map.all().map((r) => r.id)).toEqual(ids);
    expect(map.get('b')).toEqual({ id: 'b' });
    expect(parsed).toEqual([]);
  });

  it('uses a given find instead of an index', () => {
    const { map, listed } = records({ find: (id) => (id === 'x' ? 1 : undefined) });
    expect(map.get('x')).toEqual({ id: 'b', n: 1 });
    expect(map.has('a')).toBe(false);
    expect(listed()).toBe(0);
  });
});
