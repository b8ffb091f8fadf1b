import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { jsonOffset } from '../../src/dataset/lines.js';
import { loadDataDir } from '../../src/dataset/load.js';
import { parseYamlFile } from '../../src/dataset/yaml.js';
import { syntheticDir } from '../synthetic-dir.js';

const dir = syntheticDir(200, 300);
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const bytes = (text: string) => new TextEncoder().encode(text);

/** A copy of the synthetic directory with partnerships.yaml replaced by `text`. */
function withPartnerships(text: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'kp-lines-'));
  for (const f of ['countries.yaml', 'themes.yaml', 'municipalities.yaml', 'partners.yaml'])
    copyFileSync(join(dir, f), join(copy, f));
  writeFileSync(join(copy, 'partnerships.yaml'), text);
  return copy;
}
const lines = () => readFileSync(join(dir, 'partnerships.yaml'), 'utf8').split('\n');

describe('one-record-per-line files', () => {
  it('read the same records as the YAML parser', () => {
    for (const file of ['partners.yaml', 'partnerships.yaml']) {
      const text = readFileSync(join(dir, file), 'utf8');
      expect(parseYamlFile(file, bytes(text)).value).toEqual(parseDocument(text).toJS());
    }
  });

  it('take hand-written flow lines and comments among the JSON ones', () => {
    const text = [
      '# head',
      '- {id: a, name: Å "quoted"}  # trailing',
      '  # indented comment',
      '- {"id": "b"}',
      '',
    ].join('\n');
    const parsed = parseYamlFile('partners.yaml', bytes(text));
    expect(parsed.problems).toEqual([]);
    expect(parsed.value).toEqual(parseDocument(text).toJS());
    expect(parsed.locate([0, 'name'])).toEqual({ line: 2, col: 17 });
    expect(parsed.locate([1, 'id'])).toEqual({ line: 4, col: 10 });
  });

  it.each([
    { name: 'block style', text: '- id: a\n  name: b\n' },
    { name: 'an alias', text: '- {"id": "a", "themes": &t [x]}\n- {id: b, themes: *t}\n' },
    { name: 'a document marker', text: '---\n- {"id": "a"}\n' },
  ])('leave a file with $name to the full parser', ({ text }) => {
    expect(parseYamlFile('partners.yaml', bytes(text)).value).toEqual(parseDocument(text).toJS());
  });

  it('report a syntax error in a hand-edited line at its file:line:col', () => {
    const edited = [...lines()];
    edited[10] = '- {id: broken, parties: [a, b}';
    const copy = withPartnerships(edited.join('\n'));
    const problems = loadDataDir(copy).problems.filter((p) => p.severity === 'error');
    rmSync(copy, { recursive: true, force: true });
    expect(problems[0]).toMatchObject({ code: 'YAML_SYNTAX', file: 'partnerships.yaml', line: 11 });
    expect(problems[0]!.col).toBeGreaterThan(1);
  });

  it('report a duplicate key that JSON.parse would hide', () => {
    const edited = [...lines()];
    edited[5] = edited[5]!.replace('{"id":', '{"programme":"kp","id":');
    const copy = withPartnerships(edited.join('\n'));
    const problems = loadDataDir(copy).problems.filter((p) => p.severity === 'error');
    rmSync(copy, { recursive: true, force: true });
    expect(problems).toEqual([expect.objectContaining({ code: 'DUPLICATE_KEY', line: 6 })]);
  });

  it('place schema and reference problems on the record line and column', () => {
    const edited = [...lines()];
    const record = JSON.parse(edited[7]!.slice(2));
    edited[7] = `- ${JSON.stringify({ ...record, themes: ['refugess'] })}`;
    const copy = withPartnerships(edited.join('\n'));
    const problems = loadDataDir(copy).problems.filter((p) => p.severity === 'error');
    rmSync(copy, { recursive: true, force: true });
    const col = 3 + edited[7]!.slice(2).indexOf('"refugess"');
    expect(problems).toEqual([expect.objectContaining({ code: 'UNKNOWN_THEME', line: 8, col })]);
    expect(problems[0]!.message).toContain('did you mean "refugees"');
  });

  it.each([
    { path: [], at: 0 },
    { path: ['b'], at: 12 },
    { path: ['b', 1], at: 16 },
    { path: ['c', 'd'], at: 33 },
    { path: ['missing'], at: 0 },
    { path: ['b', 9], at: 12 },
  ])('jsonOffset $path', ({ path, at }) => {
    expect(jsonOffset('{"a":1, "b":[1, "x,]"], "c":{"d":null}}', path)).toBe(at);
  });
});
