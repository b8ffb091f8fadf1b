// A dataset stored in sections, and read back: the body of a data directory's cache, and the
// snapshot of the shipped data the build writes. Only what every run needs is parsed at once
// (countries, themes, Swedish parties, and what indexing would derive from all records); the
// partners' facts when ranking abroad; partners and partnerships are stored one JSON record
// each, at known byte offsets, and parsed when asked for. So a warm `kp match --from Borlänge`
// over 100,000 partners parses the ten it shows, not all of them, and the default run parses
// neither the YAML nor every record (see docs/performance.md).
import { type Dataset, indexed } from '../core/dataset.js';
import { type BornAbroadFacts, type BornAbroadHead, bornAbroadRecords } from '../core/born-abroad.js';
import type { PartnerFacts, SwedishFacts } from '../core/model.js';
import { ByPosition, positions } from '../core/by-position.js';
import { LazyRecords } from './lazy-records.js';
import type { Country, KpStatus, Municipality, Partner, Partnership, RawDataset, Theme } from './schema.js';

/** Parsed at once. */
interface Core {
  readonly countries: Country[];
  readonly themes: Theme[];
  readonly municipalities: Municipality[];
  readonly asOf: number;
  /** KP status of municipalities[i]. */
  readonly status: KpStatus[];
  readonly rarity: [string, number][];
}

/** Party k (Swedish parties first, then partners) takes part in partnerships rows[start[k]] … rows[start[k + 1] - 1]. */
interface Relations {
  readonly start: number[];
  readonly rows: number[];
}

/** Byte offsets of each record in its section, and one past the last (see cacheSections). */
interface Offsets {
  readonly partners: number[];
  readonly partnerships: number[];
}

/** A records section up to this size is parsed whole on first use. */
const PARSE_WHOLE_BYTES = 512 * 1024;

export const SECTIONS = [
  'core',
  'partnerIds',
  'facts',
  'swedishFacts',
  'relations',
  'partnershipIds',
  'offsets',
  'partners',
  'partnerships',
  'bornAbroad',
  'bornAbroadCounts',
] as const;
export type SectionName = (typeof SECTIONS)[number];

/** A dataset's cache body, and the byte range of each section in it. */
export function cacheBody(
  ds: Dataset,
  opts: { ascii?: boolean } = {},
): { body: Buffer; sections: Record<SectionName, [number, number]> } {
  const parts = cacheSections(ds, opts.ascii ? asciiJson : JSON.stringify);
  const sections = {} as Record<SectionName, [number, number]>;
  let at = 0;
  for (const name of SECTIONS) {
    sections[name] = [at, at + parts[name].length];
    at += parts[name].length;
  }
  return { body: Buffer.concat(SECTIONS.map((name) => parts[name])), sections };
}

/**
 * JSON in ASCII, with \u escapes for the rest: read as a one-byte string, which decodes and parses
 * faster than the two-byte string UTF-8 text with å, ä, ö becomes. For the snapshot, read on every run.
 */
const asciiJson = (v: unknown) =>
  JSON.stringify(v).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The sections of a dataset's cache, as bytes. */
function cacheSections(ds: Dataset, stringify: (v: unknown) => string): Record<SectionName, Buffer> {
  const { raw } = ds;
  // A JSON array, so a small section can be parsed whole; record i lies between offsets[i] and
  // offsets[i + 1] - 1 (the comma or bracket after it).
  const [OPEN, COMMA, CLOSE] = ['[', ',', ']'].map((c) => Buffer.from(c, 'latin1')) as [
    Buffer,
    Buffer,
    Buffer,
  ];
  const records = <T>(list: readonly T[]) => {
    const parts = list.map((r) => Buffer.from(stringify(r), 'utf8'));
    const offsets = [1];
    for (const p of parts) offsets.push(offsets.at(-1)! + p.length + 1);
    const joined = Buffer.concat(parts.flatMap((p, i) => (i ? [COMMA, p] : [p])));
    return { bytes: Buffer.concat([OPEN, joined, CLOSE]), offsets };
  };
  const partners = records(raw.partners);
  // Residents by country of birth: the head, and one column per country at known offsets, so a
  // run parses only the columns it asks for (null when the data has none).
  const born = ds.bornAbroad;
  const columns = records(born ? born.codes.map((c) => born.column(c)!) : []);
  const bornHead: StoredBornAbroad | null = born
    ? {
        year: born.year,
        source: born.source,
        national: born.national,
        formerStates: born.formerStates,
        population: born.population,
        codes: born.codes,
        offsets: columns.offsets,
      }
    : null;
  const partnerships = records(raw.partnerships);
  const json = (v: unknown) => Buffer.from(stringify(v), 'utf8');
  const core: Core = {
    countries: raw.countries,
    themes: raw.themes,
    municipalities: raw.municipalities,
    asOf: ds.asOf,
    status: raw.municipalities.map((m) => ds.status.get(m.id) ?? 'none'),
    rarity: [...ds.rarity],
  };
  return {
    core: json(core),
    partnerIds: json(ds.facts.ids),
    facts: json(ds.facts),
    swedishFacts: json(ds.swedishFacts),
    relations: json(relations(raw)),
    partnershipIds: json(raw.partnerships.map((p) => p.id)),
    offsets: json({ partners: partners.offsets, partnerships: partnerships.offsets } satisfies Offsets),
    partners: partners.bytes,
    partnerships: partnerships.bytes,
    bornAbroad: json(bornHead),
    bornAbroadCounts: columns.bytes,
  };
}

/** The born-abroad head as stored, with the byte offsets of its columns in bornAbroadCounts. */
interface StoredBornAbroad extends BornAbroadHead {
  readonly offsets: readonly number[];
}

function relations(raw: RawDataset): Relations {
  const party = new Map<string, number>();
  raw.municipalities.forEach((m, i) => party.set(m.id, i));
  raw.partners.forEach((p, i) => party.set(p.id, raw.municipalities.length + i));
  const lists: number[][] = Array.from({ length: party.size }, () => []);
  raw.partnerships.forEach((p, row) => {
    for (const id of p.parties) {
      const k = party.get(id);
      if (k !== undefined) lists[k]!.push(row);
    }
  });
  const start = [0];
  for (const l of lists) start.push(start.at(-1)! + l.length);
  return { start, rows: lists.flat() };
}

/**
 * The dataset in a cache body whose integrity is already checked, or undefined when its shape
 * is not what this build writes. `at` gives a section's byte range in `body`; `ascii` says the
 * body is ASCII (the snapshot), read as latin1: a copy, where UTF-8 must be decoded.
 */
export function openCachedDataset(
  body: Buffer,
  at: Readonly<Record<string, readonly [number, number] | undefined>>,
  opts: { readonly ascii?: boolean } = {},
): Dataset | undefined {
  const encoding = opts.ascii ? 'latin1' : 'utf8';
  const range = (name: SectionName) => {
    const r = at[name];
    if (!Array.isArray(r) || !(r[0] >= 0 && r[0] <= r[1] && r[1] <= body.length)) return undefined;
    return r;
  };
  if (SECTIONS.some((s) => !range(s))) return undefined;
  const text = (name: SectionName, from = 0, to?: number) => {
    const [s, e] = range(name)!;
    return body.toString(encoding, s + from, to === undefined ? e : s + to);
  };
  const json = <T>(name: SectionName) => JSON.parse(text(name)) as T;

  let core: Core;
  try {
    core = json<Core>('core');
  } catch {
    return undefined;
  }
  if (
    !core ||
    ![core.countries, core.themes, core.municipalities, core.rarity, core.status].every(Array.isArray) ||
    core.status.length !== core.municipalities.length
  )
    return undefined;
  // The partners' ids on their own: finding a partner by id (is this party abroad?) needs them,
  // not every partner's facts, which only ranking partners abroad reads.
  let partnerIds: string[] | undefined;
  const readPartnerIds = () => {
    partnerIds ??= json<string[]>('partnerIds');
    if (!Array.isArray(partnerIds)) throw new Error('the stored facts are not what this build writes');
    return partnerIds;
  };
  let facts: PartnerFacts | undefined;
  const readFacts = () => {
    facts ??= json<PartnerFacts>('facts');
    if (
      !facts ||
      !Array.isArray(facts.ids) ||
      facts.ids.length !== readPartnerIds().length ||
      facts.themeStart?.length !== facts.ids.length + 1 ||
      facts.byName?.length !== facts.ids.length
    )
      throw new Error('the stored facts are not what this build writes');
    return facts;
  };

  let offsets: Offsets | undefined;
  const offsetsOf = (kind: keyof Offsets) => {
    offsets ??= json<Offsets>('offsets');
    return offsets[kind];
  };
  const record =
    <T>(kind: 'partners' | 'partnerships') =>
    (i: number): T => {
      const o = offsetsOf(kind);
      return JSON.parse(text(kind, o[i], o[i + 1]! - 1)) as T;
    };
  // Every record of a small section (the shipped data) at once: one parse is quicker than
  // hundreds. A large one record by record.
  const all =
    <T>(kind: 'partners' | 'partnerships') =>
    (): T[] | undefined => {
      const [s, e] = range(kind)!;
      return e - s <= PARSE_WHOLE_BYTES ? json<T[]>(kind) : undefined;
    };
  const idOf = (r: { id: string }) => r.id;
  // One Map of the Swedish parties' ids, for their records, their status and the lookups below.
  const swedishIndex = positions(core.municipalities);
  // Ids are unique across all records: a Swedish party's id (looked up often, "is it a partner?")
  // is answered without reading and indexing every partner's id.
  let partnerIndex: Map<string, number> | undefined;
  const partners = new LazyRecords<Partner>(readPartnerIds, record('partners'), {
    idOf,
    all: all('partners'),
    find: (id) => {
      if (swedishIndex.has(id)) return undefined;
      if (!partnerIndex) {
        const ids = readPartnerIds();
        partnerIndex = new Map();
        for (let i = 0; i < ids.length; i++) partnerIndex.set(ids[i]!, i);
      }
      return partnerIndex.get(id);
    },
  });
  // A partnership is mostly looked up by id as evidence of a relation already read (a party's
  // relations): found among those read, without parsing and indexing 300,000 ids.
  const partnerships = new LazyRecords<Partnership>(
    () => json<string[]>('partnershipIds'),
    record('partnerships'),
    { idOf, all: all('partnerships') },
  );

  let rel: Relations | undefined;
  const relationsOf = new LazyRecords<readonly Partnership[]>(
    () => [...core.municipalities.map((m) => m.id), ...readPartnerIds()],
    (k) => {
      rel ??= json<Relations>('relations');
      const out: Partnership[] = [];
      for (let n = rel.start[k]!; n < rel.start[k + 1]!; n++) out.push(partnerships.at(rel.rows[n]!));
      return out;
    },
    {
      // A Swedish party is found without indexing the ids of all 100,000 partners.
      find: (id) => {
        const s = swedishIndex.get(id);
        if (s !== undefined) return s;
        const p = partners.indexOf(id);
        return p === undefined ? undefined : core.municipalities.length + p;
      },
    },
  );

  let born: BornAbroadFacts | undefined;
  const readBorn = (): BornAbroadFacts | undefined => {
    if (born) return born;
    const head = json<StoredBornAbroad | null>('bornAbroad');
    if (!head) return undefined;
    if (
      head.population?.length !== core.municipalities.length ||
      head.offsets?.length !== head.codes.length + 1
    )
      throw new Error('the stored facts are not what this build writes');
    const parsed = new Map<string, readonly (number | null)[]>();
    const { offsets, ...rest } = head;
    born = {
      ...rest,
      column: (code) => {
        // A run asks for a column or two: a search of the 200 codes, not a Map of them.
        const i = head.codes.indexOf(code);
        if (i < 0) return undefined;
        let col = parsed.get(code);
        if (!col)
          parsed.set(code, (col = JSON.parse(text('bornAbroadCounts', offsets[i], offsets[i + 1]! - 1))));
        return col;
      },
    };
    return born;
  };
  let allBorn: ReturnType<typeof bornAbroadRecords> | undefined;
  let allPartners: Partner[] | undefined;
  let allPartnerships: Partnership[] | undefined;
  const raw: RawDataset = {
    countries: core.countries,
    themes: core.themes,
    municipalities: core.municipalities,
    // Every record, for the commands that list or search them all.
    get partners() {
      allPartners ??= partners.all();
      return allPartners;
    },
    get partnerships() {
      allPartnerships ??= partnerships.all();
      return allPartnerships;
    },
    get bornAbroad() {
      allBorn ??= bornAbroadRecords(readBorn(), core.municipalities);
      return allBorn;
    },
  };
  return indexed({
    raw,
    asOf: core.asOf,
    partners,
    partnerships,
    partnershipAt: (row) => partnerships.at(row),
    relationsOf,
    status: new ByPosition(swedishIndex, core.status),
    swedishIndex,
    rarity: new Map(core.rarity),
    facts: readFacts,
    bornAbroad: readBorn,
    swedishFacts: () => {
      const f = json<SwedishFacts>('swedishFacts');
      if (
        f?.pairStart?.length !== core.municipalities.length + 1 ||
        f.pairRowStart?.length !== f.pairLevel?.length + 1 ||
        !Array.isArray(f.pairRows)
      )
        throw new Error('the stored facts are not what this build writes');
      return f;
    },
  });
}

/** The snapshot the build writes: a header line naming the sections, then the body, in ASCII. */
export function snapshotFile(ds: Dataset): Buffer {
  const { body, sections } = cacheBody(ds, { ascii: true });
  const header = JSON.stringify({ format: SNAPSHOT_FORMAT, version: SNAPSHOT_VERSION, sections });
  return Buffer.concat([Buffer.from(`${header}\n`, 'latin1'), body]);
}

export const SNAPSHOT_FORMAT = 'kp-snapshot';
export const SNAPSHOT_VERSION = 5;

/** The dataset in a snapshot file, or undefined when the file is not one this build writes. */
export function openSnapshot(bytes: Buffer): Dataset | undefined {
  const nl = bytes.indexOf(0x0a);
  if (nl < 0) return undefined;
  let header: { format?: unknown; version?: unknown; sections?: unknown };
  try {
    header = JSON.parse(bytes.toString('latin1', 0, nl)) as typeof header;
  } catch {
    return undefined;
  }
  if (header?.format !== SNAPSHOT_FORMAT || header.version !== SNAPSHOT_VERSION) return undefined;
  if (typeof header.sections !== 'object' || header.sections === null) return undefined;
  return openCachedDataset(
    bytes.subarray(nl + 1),
    header.sections as Readonly<Record<string, readonly [number, number]>>,
    { ascii: true },
  );
}
