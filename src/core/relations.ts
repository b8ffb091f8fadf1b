// What a relation's years say: whether it is running in a year, its last year, its span as people
// write it; and the key its parties share. Pure.
import type { Dataset } from './model.js';
import type { Partnership } from './records.js';

/** A partnership with no end year and no recorded status counts as active this long after it began. */
export const ACTIVE_WITHIN_YEARS = 2;

export function lastYear(p: Partnership): number | undefined {
  return p.end ?? p.start;
}

/** A relation exists in `asOf` once it has begun (or when the data gives no start year). */
export function hasBegun(p: Partnership, asOf: number): boolean {
  return p.start === undefined || p.start <= asOf;
}

const BEGUN = new WeakMap<Dataset, readonly Partnership[]>();

/** Every partnership of the dataset that has begun by its year: what a list or `kp show` has as of then. */
export function partnershipsAsOf(ds: Dataset): readonly Partnership[] {
  let rows = BEGUN.get(ds);
  if (!rows) BEGUN.set(ds, (rows = ds.raw.partnerships.filter((p) => hasBegun(p, ds.asOf))));
  return rows;
}

/**
 * Each party's relations as of a year: those that have begun by then. As of 2017, Borlänge's
 * partnership with Lodwar from 2018 is no evidence, no earlier partner and no reason. The lists
 * of `all` are given back as they are when nothing in them is later (the usual case).
 */
export class RelationsAsOf implements ReadonlyMap<string, readonly Partnership[]> {
  constructor(
    readonly all: ReadonlyMap<string, readonly Partnership[]>,
    readonly asOf: number,
  ) {}

  get(id: string): readonly Partnership[] | undefined {
    const rows = this.all.get(id);
    if (!rows) return rows;
    for (let i = 0; i < rows.length; i++)
      if (!hasBegun(rows[i]!, this.asOf)) return rows.filter((r) => hasBegun(r, this.asOf));
    return rows;
  }

  has(id: string): boolean {
    return this.all.has(id);
  }

  get size(): number {
    return this.all.size;
  }

  *entries(): MapIterator<[string, readonly Partnership[]]> {
    for (const id of this.all.keys()) yield [id, this.get(id)!];
  }

  keys(): MapIterator<string> {
    return this.all.keys();
  }

  *values(): MapIterator<readonly Partnership[]> {
    for (const id of this.all.keys()) yield this.get(id)!;
  }

  forEach(
    callback: (
      value: readonly Partnership[],
      key: string,
      map: ReadonlyMap<string, readonly Partnership[]>,
    ) => void,
    thisArg?: unknown,
  ): void {
    for (const [id, rows] of this.entries()) callback.call(thisArg, rows, id, this);
  }

  [Symbol.iterator](): MapIterator<[string, readonly Partnership[]]> {
    return this.entries();
  }
}

/**
 * Whether a partnership is running in the year `asOf`. The years decide where the data has them:
 * one that has not begun, or whose end year is before `asOf`, is not (whatever status a source
 * recorded once); one with no end year is as its source recorded it, else active for a couple of
 * years after it began (a KP project runs about three).
 */
export function isActive(p: Partnership, asOf: number): boolean {
  if (p.start !== undefined && p.start > asOf) return false;
  if (p.end !== undefined) return p.end >= asOf;
  if (p.status === 'active') return true;
  if (p.status === 'ended') return false;
  return p.start !== undefined && p.start >= asOf - ACTIVE_WITHIN_YEARS;
}

/**
 * What the data can say of a relation in `asOf`: 'active' while it runs (isActive), 'ended' once it
 * is known to have ended, undefined when it cannot say. KP partnerships are always judged; any
 * other relation (a twin town, often undated) only with an end year or a recorded status; one that
 * has not begun yet is neither.
 */
export function relationStatus(p: Partnership, asOf: number): 'active' | 'ended' | undefined {
  if (isActive(p, asOf)) return 'active';
  if (p.start !== undefined && p.start > asOf) return undefined;
  return p.programme === 'kp' || p.status === 'ended' || p.end !== undefined ? 'ended' : undefined;
}

/**
 * Whether a relation still runs in `asOf`, as the reasons say it ("works with"): a KP partnership
 * while it is active; any other relation (a twin town, often undated) until its end year passes or
 * a source says it ended.
 */
export function isRunning(p: Partnership, asOf: number): boolean {
  if (p.programme === 'kp') return isActive(p, asOf);
  return p.status !== 'ended' && (p.end === undefined || isActive(p, asOf));
}

/** A stable key for the parties of a relation: rows of one pair share it. */
export function pairKey(p: Partnership): string {
  // The common two-party case without copying and sorting (same order as sort()).
  if (p.parties.length === 2) {
    const a = p.parties[0]!;
    const b = p.parties[1]!;
    return a < b ? `${a}+${b}` : `${b}+${a}`;
  }
  return [...p.parties].sort().join('+');
}

/** Years as a person writes them: "2018–2022", "2019", "since 2013", or undefined. */
export function yearSpan(p: Partnership): string | undefined {
  if (p.start !== undefined && p.end !== undefined)
    return p.start === p.end ? `${p.start}` : `${p.start}–${p.end}`;
  if (p.start !== undefined) return `${p.start}–`;
  if (p.end !== undefined) return `–${p.end}`;
  return undefined;
}
