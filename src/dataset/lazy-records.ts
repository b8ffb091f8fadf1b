// Records read on demand: a map by id whose values are parsed the first time they are asked for.
// A warm run over 100,000 partners and 300,000 partnerships shows ten of them; parsing all would
// cost more than the ranking (see docs/performance.md). Iterating parses everything, as a
// command that lists every record must.

export class LazyRecords<T> implements ReadonlyMap<string, T> {
  readonly #ids: () => readonly string[];
  readonly #parse: (i: number) => T;
  /**
   * Records read one by one, by position: a run reads a few, anywhere in the list, and a sparse
   * array would grow to the highest position read (7 KB for the six partnerships a default run
   * reads, measured), a map by the number read.
   */
  readonly #parsed = new Map<number, T>();
  /** Every record, in order, once all of them are read (a dense list, not a map of them all). */
  #every: T[] | undefined;
  readonly #find: ((id: string) => number | undefined) | undefined;
  #index: Map<string, number> | undefined;
  /** Records parsed so far, by id: a lookup of one of them needs no index of all ids. */
  readonly #seen = new Map<string, number>();
  readonly #idOf: ((record: T) => string | undefined) | undefined;
  #all: (() => T[] | undefined) | undefined;

  /**
   * `ids()` lists the records' ids in order, `parse(i)` reads record i; each is called once at
   * most. `find(id)`, when given, finds a record's position without indexing every id; `idOf`
   * gives a parsed record's id, so records already read are found without that index.
   */
  constructor(
    ids: () => readonly string[],
    parse: (i: number) => T,
    options: {
      find?: (id: string) => number | undefined;
      idOf?: (record: T) => string | undefined;
      /** Every record at once, for all(), when that is cheaper than one by one; undefined when it is not. */
      all?: () => T[] | undefined;
    } = {},
  ) {
    let list: readonly string[] | undefined;
    this.#ids = () => (list ??= ids());
    this.#parse = parse;
    this.#find = options.find;
    this.#idOf = options.idOf;
    this.#all = options.all;
  }

  get size(): number {
    return this.#ids().length;
  }

  /** Record i, in the order of the data. */
  at(i: number): T {
    let r = this.#every?.[i] ?? this.#parsed.get(i);
    if (r === undefined) {
      r = this.#parse(i);
      this.#parsed.set(i, r);
      this.#remember(i, r);
    }
    return r;
  }

  #remember(i: number, r: T): void {
    const id = this.#idOf?.(r);
    if (id !== undefined) this.#seen.set(id, i);
  }

  indexOf(id: string): number | undefined {
    if (!this.#index) {
      const seen = this.#seen.get(id);
      if (seen !== undefined) return seen;
      if (this.#find) return this.#find(id);
      const ids = this.#ids();
      this.#index = new Map();
      for (let i = 0; i < ids.length; i++) this.#index.set(ids[i]!, i);
    }
    return this.#index.get(id);
  }

  get(id: string): T | undefined {
    const i = this.indexOf(id);
    return i === undefined ? undefined : this.at(i);
  }

  has(id: string): boolean {
    return this.indexOf(id) !== undefined;
  }

  /** Every record, in order. */
  all(): T[] {
    return this.#list().slice();
  }

  /** Every record, read once: in one read of them all when that is offered, else one by one. */
  #list(): T[] {
    if (this.#every) return this.#every;
    const every = this.#all?.();
    this.#all = undefined;
    const out: T[] = [];
    for (let i = 0; i < this.size; i++) {
      let r = this.#parsed.get(i);
      if (r === undefined) {
        r = every?.[i] ?? this.#parse(i);
        this.#remember(i, r);
      }
      out.push(r);
    }
    this.#every = out;
    this.#parsed.clear();
    return out;
  }

  *entries(): MapIterator<[string, T]> {
    const ids = this.#ids();
    const every = this.#list();
    for (let i = 0; i < ids.length; i++) yield [ids[i]!, every[i]!];
  }

  *keys(): MapIterator<string> {
    yield* this.#ids();
  }

  *values(): MapIterator<T> {
    yield* this.#list();
  }

  forEach(callback: (value: T, key: string, map: ReadonlyMap<string, T>) => void, thisArg?: unknown): void {
    const ids = this.#ids();
    const every = this.#list();
    for (let i = 0; i < ids.length; i++) callback.call(thisArg, every[i]!, ids[i]!, this);
  }

  [Symbol.iterator](): MapIterator<[string, T]> {
    return this.entries();
  }
}
