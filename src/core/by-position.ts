// Values by id through an index of positions shared with other lookups over the same records:
// the Swedish parties' records and their KP status are both found through one Map of ids, not a
// Map each. (A Map of 312 ids is about 28 KB of a run's young generation, made at start-up and
// kept; see docs/performance.md.) Pure.

export class ByPosition<T> implements ReadonlyMap<string, T> {
  readonly #index: ReadonlyMap<string, number>;
  readonly #list: readonly T[];

  /** `index` gives each id's position in `list`. */
  constructor(index: ReadonlyMap<string, number>, list: readonly T[]) {
    this.#index = index;
    this.#list = list;
  }

  get(id: string): T | undefined {
    const i = this.#index.get(id);
    return i === undefined ? undefined : this.#list[i];
  }

  has(id: string): boolean {
    return this.#index.has(id);
  }

  get size(): number {
    return this.#index.size;
  }

  *entries(): MapIterator<[string, T]> {
    for (const [id, i] of this.#index) yield [id, this.#list[i]!];
  }

  keys(): MapIterator<string> {
    return this.#index.keys();
  }

  *values(): MapIterator<T> {
    for (const i of this.#index.values()) yield this.#list[i]!;
  }

  forEach(callback: (value: T, key: string, map: ReadonlyMap<string, T>) => void, thisArg?: unknown): void {
    for (const [id, i] of this.#index) callback.call(thisArg, this.#list[i]!, id, this);
  }

  [Symbol.iterator](): MapIterator<[string, T]> {
    return this.entries();
  }
}

/** Each record's position by id. */
export function positions(records: readonly { readonly id: string }[]): Map<string, number> {
  const index = new Map<string, number>();
  for (let i = 0; i < records.length; i++) index.set(records[i]!.id, i);
  return index;
}
