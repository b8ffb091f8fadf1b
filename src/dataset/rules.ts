// Cross-record rules: each a named function from the records to problems. Pure.
// A new rule is a new entry in RULES; messages start with the record id and suggest a fix.
import { nearest, orList } from '../core/text.js';
import type { Problem, Severity } from './problems.js';
import type { LoadProgress } from './progress.js';
import type { DataFileKey, RawDataset } from './schema.js';

/** A record with its index in its file, so a problem can point back at it. */
export type Located<T> = { readonly record: T; readonly index: number };
export type LocatedDataset = { readonly [K in DataFileKey]: ReadonlyArray<Located<RawDataset[K][number]>> };

export interface RuleContext {
  readonly data: LocatedDataset;
  /** Ids of records that exist but failed the schema: references to them are not reported again. */
  readonly brokenIds: ReadonlySet<string>;
  /** Files that could not be read at all: references into them are not reported (one error is enough). */
  readonly unreadable: ReadonlySet<DataFileKey>;
}

type Rule = (ctx: RuleContext) => Problem[];

const FILE: Record<DataFileKey, string> = {
  countries: 'countries.yaml',
  themes: 'themes.yaml',
  municipalities: 'municipalities.yaml',
  partners: 'partners.yaml',
  partnerships: 'partnerships.yaml',
};

function problem(
  severity: Severity,
  code: string,
  key: DataFileKey,
  path: readonly (string | number)[],
  message: string,
): Problem {
  return { severity, code, file: FILE[key], path, message };
}

const didYouMean = (input: string, options: Iterable<string>) => {
  const near = nearest(input, options);
  return near.length ? ` (did you mean ${orList(near)}?)` : '';
};

/** Every record id is unique across all five files: partnerships refer to parties by id alone. */
const uniqueIds: Rule = ({ data }) => {
  const seen = new Map<string, { file: string; path: readonly (string | number)[] }>();
  const out: Problem[] = [];
  for (const key of Object.keys(FILE) as DataFileKey[]) {
    for (const { record, index } of data[key]) {
      const first = seen.get(record.id);
      if (first) {
        out.push({
          ...problem('error', 'DUPLICATE_ID', key, [index, 'id'], `id "${record.id}" is already used`),
          related: first,
        });
      } else seen.set(record.id, { file: FILE[key], path: [index, 'id'] });
    }
  }
  return out;
};

type Target = 'countries' | 'themes' | 'parties';
type RefList = Array<readonly [path: readonly (string | number)[], value: string]>;
interface Reference {
  readonly key: DataFileKey;
  readonly target: Target;
  readonly noun: string;
  readonly refs: (record: never) => RefList;
}
const ref = <K extends DataFileKey>(
  key: K,
  target: Target,
  noun: string,
  refs: (record: RawDataset[K][number]) => RefList,
): Reference => ({ key, target, noun, refs: refs as (record: never) => RefList });
const list = (
  field: string,
  values: readonly string[] | undefined,
  prefix: readonly string[] = [],
): RefList => (values ?? []).map((v, i) => [[...prefix, field, i], v] as const);

/** Every field that refers to another record, and what it refers to. A new reference is a new line. */
const REFERENCES: readonly Reference[] = [
  ref('partners', 'countries', 'country', (r) => [[['country'], r.country]]),
  ref('partnerships', 'countries', 'country', (r) => list('countries', r.countries)),
  ref('partnerships', 'parties', 'party', (r) => list('parties', r.parties)),
  ref('partnerships', 'themes', 'theme', (r) => list('themes', r.themes)),
  ref('partners', 'themes', 'theme', (r) => list('themes', r.themes)),
  ref('partners', 'themes', 'theme', (r) => list('areas', r.seeking?.areas, ['seeking'])),
  ref('municipalities', 'themes', 'theme', (r) => list('interests', r.interests)),
  ref('themes', 'themes', 'broader theme', (r) => list('broader', r.broader)),
];
const CODES: Record<Target, string> = {
  countries: 'UNKNOWN_COUNTRY',
  themes: 'UNKNOWN_THEME',
  parties: 'UNKNOWN_PARTY',
};

/** References to countries, themes and parties name records that exist. */
const TARGET_FILES: Record<Target, readonly DataFileKey[]> = {
  countries: ['countries'],
  themes: ['themes'],
  parties: ['municipalities', 'partners'],
};

const referencesExist: Rule = ({ data, brokenIds, unreadable }) => {
  const known: Record<Target, Set<string>> = {
    countries: new Set(data.countries.map((c) => c.record.id)),
    themes: new Set(data.themes.map((t) => t.record.id)),
    parties: new Set([...data.municipalities, ...data.partners].map((p) => p.record.id)),
  };
  const out: Problem[] = [];
  for (const { key, target, noun, refs } of REFERENCES) {
    if (TARGET_FILES[target].some((f) => unreadable.has(f))) continue;
    for (const { record, index } of data[key]) {
      for (const [path, value] of refs(record as never)) {
        if (known[target].has(value) || brokenIds.has(value)) continue;
        const hint = didYouMean(value, known[target]);
        out.push(
          problem(
            'error',
            CODES[target],
            key,
            [index, ...path],
            `${record.id}: ${noun} "${value}" does not exist${hint}`,
          ),
        );
      }
    }
  }
  return out;
};

/** A partnership joins at least one Swedish party and one abroad, each named once. */
const partnershipSides: Rule = ({ data }) => {
  const swedish = new Set(data.municipalities.map((m) => m.record.id));
  const abroad = new Set(data.partners.map((p) => p.record.id));
  const out: Problem[] = [];
  for (const { record, index } of data.partnerships) {
    const seen = new Set<string>();
    record.parties.forEach((id, i) => {
      if (seen.has(id)) {
        out.push(
          problem(
            'error',
            'DUPLICATE_PARTY',
            'partnerships',
            [index, 'parties', i],
            `${record.id}: party "${id}" is listed twice`,
          ),
        );
      }
      seen.add(id);
    });
    const known = record.parties.filter((id) => swedish.has(id) || abroad.has(id));
    if (known.length !== record.parties.length) continue; // unknown parties are reported already
    if (!known.some((id) => swedish.has(id))) {
      out.push(
        problem(
          'error',
          'NO_SWEDISH_PARTY',
          'partnerships',
          [index, 'parties'],
          `${record.id}: no party is a Swedish municipality, region or association (municipalities.yaml)`,
        ),
      );
    }
    if (!known.some((id) => abroad.has(id))) {
      out.push(
        problem(
          'error',
          'NO_PARTNER_ABROAD',
          'partnerships',
          [index, 'parties'],
          `${record.id}: no party is a municipality abroad (partners.yaml)`,
        ),
      );
    }
  }
  return out;
};

/** A partnership's countries are exactly the countries of its parties abroad. */
const countriesMatchParties: Rule = ({ data }) => {
  const known = new Set(data.countries.map((c) => c.record.id));
  // A partner in an unknown country is reported by referencesExist; comparing would only echo it.
  const countryOf = new Map(
    data.partners.filter((p) => known.has(p.record.country)).map((p) => [p.record.id, p.record.country]),
  );
  // A set, not a scan of the municipalities per party: 300,000 partnerships would take seconds.
  const swedish = new Set(data.municipalities.map((m) => m.record.id));
  const out: Problem[] = [];
  for (const { record, index } of data.partnerships) {
    if (record.parties.some((id) => !countryOf.has(id) && !swedish.has(id))) continue;
    const expected = new Set(record.parties.flatMap((id) => countryOf.get(id) ?? []));
    if (!expected.size) continue;
    const listed = new Set(record.countries);
    const missing = [...expected].filter((c) => !listed.has(c));
    const extra = [...listed].filter((c) => !expected.has(c));
    if (missing.length || extra.length) {
      out.push(
        problem(
          'error',
          'COUNTRY_MISMATCH',
          'partnerships',
          [index, 'countries'],
          `${record.id}: countries [${record.countries.join(', ')}] do not match the parties abroad, which are in [${[...expected].join(', ')}]`,
        ),
      );
    }
  }
  return out;
};

/** Years run forwards; an active partnership that ended long ago is suspicious. */
const yearsSane: Rule = ({ data }) => {
  const out: Problem[] = [];
  // reduce, not Math.max(...): spreading one argument per row overflows the stack on large data.
  const latest = data.partnerships.reduce(
    (max, { record }) => Math.max(max, record.start ?? 0, record.end ?? 0),
    0,
  );
  for (const { record, index } of data.partnerships) {
    if (record.start !== undefined && record.end !== undefined && record.end < record.start) {
      out.push(
        problem(
          'error',
          'YEAR_ORDER',
          'partnerships',
          [index, 'end'],
          `${record.id}: ends (${record.end}) before it starts (${record.start})`,
        ),
      );
    }
    if (record.status === 'active' && record.end !== undefined && record.end < latest - 5) {
      out.push(
        problem(
          'warning',
          'STALE_ACTIVE',
          'partnerships',
          [index, 'status'],
          `${record.id}: marked active but ended in ${record.end}`,
        ),
      );
    }
  }
  return out;
};

/** SCB codes identify a municipality or region: two records with one code is a copy-paste slip. */
const uniqueCodes: Rule = ({ data }) => {
  const seen = new Map<string, string>();
  const out: Problem[] = [];
  for (const { record, index } of data.municipalities) {
    if (!record.code) continue;
    const first = seen.get(record.code);
    if (first)
      out.push(
        problem(
          'error',
          'DUPLICATE_CODE',
          'municipalities',
          [index, 'code'],
          `${record.id}: code "${record.code}" is already used by ${first}`,
        ),
      );
    else seen.set(record.code, record.id);
    const digits = record.kind === 'municipality' ? 4 : 2;
    if (record.kind !== 'association' && record.code.length !== digits) {
      out.push(
        problem(
          'error',
          'BAD_CODE',
          'municipalities',
          [index, 'code'],
          `${record.id}: a ${record.kind} has a ${digits}-digit code, not "${record.code}"`,
        ),
      );
    }
  }
  return out;
};

/** Broader links form a hierarchy: following them never comes back to the start. */
const themeHierarchy: Rule = ({ data }) => {
  const broader = new Map(data.themes.map((t) => [t.record.id, t.record.broader]));
  const out: Problem[] = [];
  for (const { record, index } of data.themes) {
    const stack = [...record.broader];
    const seen = new Set<string>();
    while (stack.length) {
      const id = stack.pop()!;
      if (id === record.id) {
        out.push(
          problem(
            'error',
            'THEME_CYCLE',
            'themes',
            [index, 'broader'],
            `${record.id}: its broader themes lead back to itself`,
          ),
        );
        break;
      }
      if (seen.has(id)) continue;
      seen.add(id);
      stack.push(...(broader.get(id) ?? []));
    }
  }
  return out;
};

/** Two records answering to the same name make `kp show NAME` ambiguous: allowed, but worth a look. */
const namesDistinct: Rule = ({ data }) => {
  const owners = new Map<string, string[]>();
  const add = (name: string, id: string) => {
    const k = name.normalize('NFC').toLocaleLowerCase('sv');
    const list = owners.get(k) ?? [];
    if (!list.includes(id)) list.push(id);
    owners.set(k, list);
  };
  for (const { record } of data.municipalities)
    for (const n of [record.name, ...record.aliases]) add(n, record.id);
  const out: Problem[] = [];
  for (const { record, index } of data.municipalities) {
    record.aliases.forEach((alias, i) => {
      const ids = owners.get(alias.normalize('NFC').toLocaleLowerCase('sv')) ?? [];
      if (ids.length > 1) {
        out.push(
          problem(
            'warning',
            'SHARED_NAME',
            'municipalities',
            [index, 'aliases', i],
            `${record.id}: alias "${alias}" also names ${ids.filter((x) => x !== record.id).join(', ')}`,
          ),
        );
      }
    });
  }
  return out;
};

/** Named rules, run in this order. */
export const RULES: ReadonlyArray<readonly [string, Rule]> = [
  ['uniqueIds', uniqueIds],
  ['referencesExist', referencesExist],
  ['partnershipSides', partnershipSides],
  ['countriesMatchParties', countriesMatchParties],
  ['yearsSane', yearsSane],
  ['uniqueCodes', uniqueCodes],
  ['themeHierarchy', themeHierarchy],
  ['namesDistinct', namesDistinct],
];

/** Every rule; `progress` hears after each, so a bar moves through the seconds they take at 100,000 records. */
export function runRules(ctx: RuleContext, progress?: LoadProgress): Problem[] {
  return RULES.flatMap(([, rule], i) => {
    const found = rule(ctx);
    progress?.('validate', i + 1, RULES.length);
    return found;
  });
}
