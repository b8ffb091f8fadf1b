// Cross-record rules: each a named function from the records to problems. Pure.
// A new rule is a new entry in RULES; messages start with the record id and suggest a fix.
import { fold, nearest } from '../core/text.js';
import type { Message } from '../messages/index.js';
import { type Problem, type ProblemCode, says, type Severity, told } from './problems.js';
import type { LoadProgress } from './progress.js';
import type { DataFileKey, RawDataset } from './schema.js';

/** A record with its index in its file, so a problem can point back at it. */
export type Located<T> = { readonly record: T; readonly index: number };
/** A record that failed the schema, and the paths ("parties.0") the schema already reported. */
export type PartialRecord = Located<Record<string, unknown>> & { readonly failed: ReadonlySet<string> };
export type LocatedDataset = { readonly [K in DataFileKey]: ReadonlyArray<Located<RawDataset[K][number]>> };

export interface RuleContext {
  readonly data: LocatedDataset;
  /** Ids of records that exist but failed the schema: references to them are not reported again. */
  readonly brokenIds: ReadonlySet<string>;
  /**
   * Those records as far as they can be read (their text fields and lists of text): one wrong
   * field must not hide a duplicate id or an unknown reference in the same record, or a person
   * editing by hand fixes and reruns once per mistake.
   */
  readonly partial?: { readonly [K in DataFileKey]?: ReadonlyArray<PartialRecord> };
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
  bornAbroad: 'born-abroad.yaml',
};

function problem(
  severity: Severity,
  code: ProblemCode,
  key: DataFileKey,
  path: readonly (string | number)[],
  text: Message,
): Problem {
  return { severity, code, file: FILE[key], path, ...told(text) };
}

/** ` (did you mean "a" or "b"?)` when some known value is near `input`, else nothing. */
const didYouMean = (input: string, options: Iterable<string>) => {
  const near = nearest(input, options);
  return near.length ? says('data.didYouMean', { options: { or: near } }) : '';
};

/** Every record id is unique across all five files: partnerships refer to parties by id alone. */
const uniqueIds: Rule = ({ data, partial }) => {
  const seen = new Map<string, { file: string; path: readonly (string | number)[] }>();
  const out: Problem[] = [];
  for (const key of Object.keys(FILE) as DataFileKey[]) {
    for (const { record, index } of withPartial(data, partial, key) as Located<{ id: string }>[]) {
      const first = seen.get(record.id);
      if (first) {
        out.push({
          ...problem(
            'error',
            'DUPLICATE_ID',
            key,
            [index, 'id'],
            says('data.duplicateId', { id: record.id }),
          ),
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
  readonly noun: Message;
  readonly refs: (record: never) => RefList;
}
const ref = <K extends DataFileKey>(
  key: K,
  target: Target,
  noun: Message,
  refs: (record: RawDataset[K][number]) => RefList,
): Reference => ({ key, target, noun, refs: refs as (record: never) => RefList });
const list = (
  field: string,
  values: readonly string[] | undefined,
  prefix: readonly string[] = [],
): RefList => (Array.isArray(values) ? values : []).map((v, i) => [[...prefix, field, i], v] as const);

/**
 * A file's records, and those of its records that failed the schema as far as they can be read,
 * in file order: for the rules that can judge them (ids, references).
 */
function withPartial(
  data: LocatedDataset,
  partial: RuleContext['partial'],
  key: DataFileKey,
): readonly Located<unknown>[] {
  const more = partial?.[key];
  return more?.length ? [...data[key], ...more].sort((a, b) => a.index - b.index) : data[key];
}

/** Every field that refers to another record, and what it refers to. A new reference is a new line. */
const REFERENCES: readonly Reference[] = [
  ref('partners', 'countries', says('data.noun.country'), (r) => [[['country'], r.country]]),
  ref('partnerships', 'countries', says('data.noun.country'), (r) => list('countries', r.countries)),
  ref('partnerships', 'parties', says('data.noun.party'), (r) => list('parties', r.parties)),
  ref('partnerships', 'themes', says('data.noun.theme'), (r) => list('themes', r.themes)),
  ref('partners', 'themes', says('data.noun.theme'), (r) => list('themes', r.themes)),
  ref('partners', 'countries', says('data.noun.country'), (r) =>
    (Array.isArray(r.hosts) ? r.hosts : []).map((h, i) => [['hosts', i, 'country'], h?.country] as const),
  ),
  ref('partners', 'themes', says('data.noun.theme'), (r) => list('areas', r.seeking?.areas, ['seeking'])),
  ref('municipalities', 'themes', says('data.noun.theme'), (r) => list('interests', r.interests)),
  ref('themes', 'themes', says('data.noun.broaderTheme'), (r) => list('broader', r.broader)),
];
const CODES: Record<Target, ProblemCode> = {
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

/**
 * Each record's id by what people call it (names, aliases, synonyms, ISO3), folded: a reference
 * written as a name ("flyktingar", "Uganda", "borlänge", "falu-kommun") is offered the id that
 * name resolves to in `kp match`, before ids spelt alike.
 */
function idsByName(data: LocatedDataset): Record<Target, Map<string, string>> {
  const index = (entries: readonly (readonly [string, readonly (string | undefined)[]])[]) => {
    const map = new Map<string, string>();
    for (const [id, names] of entries)
      for (const n of names) {
        if (!n) continue;
        const k = fold(n);
        map.set(k, map.has(k) && map.get(k) !== id ? '' : id); // a name two records share: no guess
        map.set(k.replace(/[\s_]+/g, '-'), map.get(k)!);
      }
    return map;
  };
  const party = (p: { id: string; name: string; aliases: readonly string[] }) =>
    [p.id, [p.id, p.name, ...p.aliases, `${p.name} kommun`]] as const;
  return {
    countries: index(
      data.countries.map(
        ({ record: c }) => [c.id, [c.id, c.iso3, c.name.en, c.name.sv, ...c.aliases]] as const,
      ),
    ),
    themes: index(
      data.themes.map(
        ({ record: t }) =>
          [t.id, [t.id, t.label.en, t.label.sv, ...t.synonyms.en, ...t.synonyms.sv]] as const,
      ),
    ),
    parties: index([...data.municipalities, ...data.partners].map(({ record }) => party(record))),
  };
}

const referencesExist: Rule = ({ data, brokenIds, unreadable, partial }) => {
  const known: Record<Target, Set<string>> = {
    countries: new Set(data.countries.map((c) => c.record.id)),
    themes: new Set(data.themes.map((t) => t.record.id)),
    parties: new Set([...data.municipalities, ...data.partners].map((p) => p.record.id)),
  };
  let byName: Record<Target, Map<string, string>> | undefined;
  const out: Problem[] = [];
  for (const { key, target, noun, refs } of REFERENCES) {
    if (TARGET_FILES[target].some((f) => unreadable.has(f))) continue;
    for (const item of withPartial(data, partial, key)) {
      const { record, index } = item;
      const failed = 'failed' in item ? (item as PartialRecord).failed : undefined;
      for (const [path, value] of refs(record as never)) {
        // A record that failed the schema may hold anything: only text is a reference, and not
        // one the schema has already reported ("borlänge" is not an id).
        if (typeof value !== 'string' || failed?.has(path.join('.'))) continue;
        if (known[target].has(value) || brokenIds.has(value)) continue;
        byName ??= idsByName(data);
        const named = byName[target].get(fold(value));
        const hint = named
          ? says('data.didYouMean', { options: { or: [named] } })
          : didYouMean(value, known[target]);
        out.push(
          problem(
            'error',
            CODES[target],
            key,
            [index, ...path],
            says('data.unknownRef', { id: (record as { id: string }).id, noun, value, hint }),
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
            says('data.partyTwice', { id: record.id, party: id }),
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
          says('data.noSwedishParty', { id: record.id }),
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
          says('data.noPartnerAbroad', { id: record.id }),
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
          says('data.countryMismatch', {
            id: record.id,
            listed: record.countries.join(', '),
            expected: [...expected].join(', '),
          }),
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
          says('data.yearOrder', { id: record.id, end: record.end, start: record.start }),
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
          says('data.staleActive', { id: record.id, end: record.end }),
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
          says('data.duplicateCode', { id: record.id, code: record.code, first }),
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
          says(record.kind === 'municipality' ? 'data.badCode.municipality' : 'data.badCode.region', {
            id: record.id,
            code: record.code,
          }),
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
            says('data.themeCycle', { id: record.id }),
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
            says('data.sharedName', {
              id: record.id,
              alias,
              others: ids.filter((x) => x !== record.id).join(', '),
            }),
          ),
        );
      }
    });
  }
  return out;
};

/** SCB's codes for states that no longer exist: a count under one needs its mapping to today's countries. */
const SCB_FORMER_STATES = new Set(['YU', 'CS', 'SU', 'CSHH', 'DD', 'XC']);

/**
 * Residents by country of birth: one record per Swedish party and one national reference; every
 * country code is a country in countries.yaml or a former state mapped in the national record;
 * no count exceeds the population. Absent counts are unknown: nothing here fills them.
 */
const bornAbroadCounts: Rule = ({ data, brokenIds, unreadable }) => {
  const out: Problem[] = [];
  const err = (code: ProblemCode, path: readonly (string | number)[], text: Message) =>
    out.push(problem('error', code, 'bornAbroad', path, text));
  const rows = data.bornAbroad;
  if (!rows.length) return out;
  const countries = new Set(data.countries.map((c) => c.record.id));
  const swedish = new Set(data.municipalities.map((m) => m.record.id));
  const checkCountries = !unreadable.has('countries');
  const nationals = rows.filter((r) => r.record.national);
  if (!nationals.length) err('NO_NATIONAL_REFERENCE', [rows[0]!.index], says('data.noNational'));
  const former = new Map<string, readonly (string | number)[]>();
  nationals.forEach(({ record, index }, n) => {
    if (n > 0)
      err('DUPLICATE_NATIONAL', [index, 'national'], says('data.duplicateNational', { id: record.id }));
    if (record.party)
      err('NATIONAL_WITH_PARTY', [index, 'party'], says('data.nationalWithParty', { id: record.id }));
    if (!record.source) err('MISSING_FIELD', [index], says('data.nationalSource', { id: record.id }));
    for (const [code, f] of Object.entries(record.former_states ?? {})) {
      former.set(code, [index, 'former_states', code]);
      if (!/^[A-Z]{2,4}$/.test(code))
        err('BAD_CODE', [index, 'former_states', code], says('data.notScbCode', { id: record.id, code }));
      else if (checkCountries && countries.has(code))
        err(
          'BAD_CODE',
          [index, 'former_states', code],
          says('data.formerIsCountry', { id: record.id, code }),
        );
      if (checkCountries)
        f.today.forEach((c, i) => {
          if (!countries.has(c) && !brokenIds.has(c))
            err(
              'UNKNOWN_COUNTRY',
              [index, 'former_states', code, 'today', i],
              says('data.unknownRef', {
                id: record.id,
                noun: says('data.noun.country'),
                value: c,
                hint: didYouMean(c, countries),
              }),
            );
        });
    }
  });
  const year = nationals[0]?.record.year;
  const seen = new Map<string, string>();
  for (const { record, index } of rows) {
    if (!record.national) {
      if (!record.party) err('MISSING_FIELD', [index], says('data.partyRequired', { id: record.id }));
      // A party whose own record failed its schema is reported there, not again here.
      else if (
        !unreadable.has('municipalities') &&
        !swedish.has(record.party) &&
        !brokenIds.has(record.party)
      )
        err(
          'UNKNOWN_PARTY',
          [index, 'party'],
          says('data.notSwedishParty', {
            id: record.id,
            party: record.party,
            hint: didYouMean(record.party, swedish),
          }),
        );
      else if (seen.has(record.party))
        err(
          'DUPLICATE_PARTY',
          [index, 'party'],
          says('data.partyHasCounts', { id: record.id, party: record.party, other: seen.get(record.party)! }),
        );
      else seen.set(record.party, record.id);
      if (record.former_states)
        err('MISPLACED_FIELD', [index, 'former_states'], says('data.formerMisplaced', { id: record.id }));
      if (year !== undefined && record.year !== year)
        err(
          'YEAR_MISMATCH',
          [index, 'year'],
          says('data.yearMismatch', { id: record.id, year: record.year, national: year }),
        );
    }
    let sum = 0;
    let above = false;
    for (const [code, n] of Object.entries(record.born_in)) {
      const path = [index, 'born_in', code];
      sum += n;
      above ||= n > record.population;
      if (n > record.population)
        err(
          'COUNT_ABOVE_POPULATION',
          path,
          says('data.countAbovePopulation', { id: record.id, n, code, population: record.population }),
        );
      if (!/^[A-Z]{2,4}$/.test(code))
        err('BAD_CODE', path, says('data.notCountryCode', { id: record.id, code }));
      else if (former.has(code) || !checkCountries || countries.has(code) || brokenIds.has(code)) continue;
      else if (SCB_FORMER_STATES.has(code))
        err('FORMER_STATE_UNMAPPED', path, says('data.formerUnmapped', { id: record.id, code }));
      else
        err(
          'UNKNOWN_COUNTRY',
          path,
          says('data.unknownRef', {
            id: record.id,
            noun: says('data.noun.country'),
            value: code,
            hint: didYouMean(code, countries),
          }),
        );
    }
    if (sum > record.population && !above)
      err(
        'COUNT_ABOVE_POPULATION',
        [index, 'born_in'],
        says('data.countsAbovePopulation', { id: record.id, sum, population: record.population }),
      );
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
  ['bornAbroadCounts', bornAbroadCounts],
];

/** Every rule; `progress` hears after each, so a bar moves through the seconds they take at 100,000 records. */
export function runRules(ctx: RuleContext, progress?: LoadProgress): Problem[] {
  return RULES.flatMap(([, rule], i) => {
    const found = rule(ctx);
    progress?.('validate', i + 1, RULES.length);
    return found;
  });
}
