// Property-based tests (fast-check), bounded to a few seconds: the loader never throws on any
// input, name resolution never crashes on any string, and the ranking is a function of its inputs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../src/core/dataset.js';
import { allEntries, countryEntry, themeEntry } from '../src/core/entries.js';
import { createResolver } from '../src/core/names.js';
import { explain, type Query, rank } from '../src/core/rank.js';
import { DEFAULT_WEIGHTS } from '../src/core/weights.js';
import { loadDataDir } from '../src/dataset/load.js';
import { DATA_FILES, type DataFileKey, isOptional } from '../src/dataset/schema.js';
import { validateData } from '../src/dataset/validate.js';
import { parseYamlFile } from '../src/dataset/yaml.js';
import { FIXTURES, shippedDataset } from './helpers.js';

/** Counts of generated cases, quoted in the README's Robustness section. */
export const RUNS = { yamlText: 300, yamlMutations: 300, names: 400, rankings: 60 } as const;

const VALID = join(FIXTURES, 'valid');
// The fixture has none of the optional files (born-abroad.yaml): they stay empty.
const files = (Object.keys(DATA_FILES) as DataFileKey[]).filter((k) => !isOptional(k));
const original = Object.fromEntries(
  files.map((k) => [k, readFileSync(join(VALID, DATA_FILES[k].file))]),
) as Record<DataFileKey, Buffer>;

/** Parse and validate, in memory, with one file replaced: what `kp validate` does, minus the disk. */
function loadWith(key: DataFileKey, bytes: Uint8Array) {
  const values = { bornAbroad: [] } as unknown as Record<DataFileKey, unknown[] | undefined>;
  for (const k of files) {
    const parsed = parseYamlFile(DATA_FILES[k].file, k === key ? bytes : original[k]);
    parsed.locate([0, 'id']);
    values[k] = parsed.value;
  }
  return validateData(values);
}

describe('the loader never throws', () => {
  it('on random text in any data file', () => {
    fc.assert(
      fc.property(fc.constantFrom(...files), fc.string({ unit: 'binary', maxLength: 400 }), (key, text) => {
        expect(() => loadWith(key, Buffer.from(text))).not.toThrow();
      }),
      { numRuns: RUNS.yamlText },
    );
  });

  it('on random bytes and on mutations of valid files', () => {
    const mutation = fc.record({
      key: fc.constantFrom(...files),
      at: fc.nat(),
      cut: fc.nat({ max: 20 }),
      insert: fc.oneof(
        fc.uint8Array({ maxLength: 12 }),
        fc
          .constantFrom(
            ':',
            '- ',
            '[',
            ']',
            '{',
            '}',
            '&a',
            '*a',
            '\n  ',
            '"',
            "'",
            '#',
            '\t',
            '!!str',
            '<<: *a',
            '__proto__: 1',
          )
          .map((s) => Buffer.from(s)),
      ),
    });
    fc.assert(
      fc.property(mutation, ({ key, at, cut, insert }) => {
        const src = original[key];
        const i = at % (src.length + 1);
        const bytes = Buffer.concat([
          src.subarray(0, i),
          Buffer.from(insert),
          src.subarray(Math.min(src.length, i + cut)),
        ]);
        expect(() => loadWith(key, bytes)).not.toThrow();
      }),
      { numRuns: RUNS.yamlMutations },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('name resolution never crashes', () => {
  const ds = shippedDataset();
  const resolvers = [
    createResolver(allEntries(ds)),
    createResolver(ds.raw.countries.map(countryEntry)),
    createResolver(ds.raw.themes.map(themeEntry)),
  ];
  it('on any string', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 40 }),
          fc.string({ unit: 'binary', maxLength: 40 }),
        ),
        (s) => {
          for (const r of resolvers) {
            const out = r.resolve(s);
            expect(typeof out.ok).toBe('boolean');
          }
        },
      ),
      { numRuns: RUNS.names },
    );
    // Fuzzy search over every name is slow work on a shared machine; this checks crashes, not time.
  }, 60_000);
});

describe('the ranking is a function of its inputs', () => {
  const raw = loadDataDir(join(FIXTURES, 'valid')).dataset;
  const themes = raw.themes.map((t) => t.id);
  const query: fc.Arbitrary<Query> = fc.oneof(
    fc.record({
      direction: fc.constant('to-sweden' as const),
      country: fc.constantFrom('KE', 'UG', 'GE'),
      themes: fc.subarray(themes),
      all: fc.boolean(),
      from: fc.option(fc.constantFrom('lodwar', 'jinja'), { nil: undefined }),
    }),
    fc.record({
      direction: fc.constant('abroad' as const),
      themes: fc.subarray(themes),
      from: fc.constantFrom('borlange', 'skovde', 'kalix'),
      includeIneligible: fc.boolean(),
    }),
  );
  const shuffle = <T>(xs: readonly T[], seed: number) => {
    const out = [...xs];
    for (let i = out.length - 1; i > 0; i--) {
      const j = (seed * (i + 7)) % (i + 1);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  };
  it('same input, same output, in any record order', () => {
    fc.assert(
      fc.property(query, fc.integer({ min: 1, max: 1_000_000 }), (q, seed) => {
        const a = rank(q, indexDataset(raw), DEFAULT_WEIGHTS);
        const b = rank(q, indexDataset(raw), DEFAULT_WEIGHTS);
        const shuffled = rank(
          q,
          indexDataset({
            countries: shuffle(raw.countries, seed),
            themes: shuffle(raw.themes, seed + 1),
            municipalities: shuffle(raw.municipalities, seed + 2),
            partners: shuffle(raw.partners, seed + 3),
            partnerships: shuffle(raw.partnerships, seed + 4),
            bornAbroad: shuffle(raw.bornAbroad, seed + 5),
          }),
          DEFAULT_WEIGHTS,
        );
        // As data, with every candidate's reasons.
        const data = (r: typeof a) => explain(r, r.candidates.length);
        expect(data(b)).toEqual(data(a));
        expect(data(shuffled)).toEqual(data(a));
        expect(shuffled.existing).toEqual(a.existing);
      }),
      { numRuns: RUNS.rankings },
    );
  });
});
