// Block-style records read one at a time (items.ts, blocks.ts) give exactly what the `yaml`
// library gives for the whole file: on the shipped data (written by hand), on what
// `yaml.stringify` writes for random records, and on the hand-written forms in the table below.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument, stringify } from 'yaml';
import { blockItem } from '../../src/dataset/blocks.js';
import { parseYamlFile } from '../../src/dataset/yaml.js';
import { DATA } from '../helpers.js';

const bytes = (text: string) => new TextEncoder().encode(text);
/** What the full parser says of the whole text, or undefined when it reports an error. */
function whole(text: string): unknown {
  const doc = parseDocument(text, { uniqueKeys: true, strict: true });
  if (doc.errors.length) return undefined;
  try {
    return doc.toJS({ maxAliasCount: 200 });
  } catch {
    return undefined;
  }
}

describe('block-style records, one at a time', () => {
  it.each(['countries.yaml', 'themes.yaml', 'municipalities.yaml', 'partners.yaml', 'partnerships.yaml'])(
    'read the shipped %s as the YAML parser does',
    (file) => {
      const text = readFileSync(join(DATA, file), 'utf8');
      expect(parseYamlFile(file, bytes(text)).value).toEqual(parseDocument(text).toJS());
    },
  );

  // Each: the text of one item, and whether the fast path takes it (else the full parser does).
  it.each([
    { fast: true, text: '- id: a\n  name: Å b\n  population: 12\n  share: -0.5\n' },
    {
      fast: true,
      text: '- id: a\n  parties:\n    - x\n    - y\n  themes: [p, q]\n  empty: []\n  none: {}\n',
    },
    { fast: true, text: '- id: a\n  parties:\n  - x\n  - y\n  next: 1\n' }, // a list at its key's indent
    { fast: true, text: '- id: a # the id\n  # a comment\n\n  name: "x: y" # quoted\n' },
    { fast: true, text: "- id: a\n  name: 'it''s'\n  other: \"tab\\there \\u00e5\"\n" },
    { fast: true, text: '- id: a\n  notes: a long line that\n    goes on here\n    and here\n' }, // folded
    { fast: true, text: '- id: a\n  notes: "quoted, and\n    folded"\n' },
    { fast: true, text: '- id: a\n  seeking:\n    areas:\n      - x\n    source: https://e.se/?a=1&b=2#c\n' },
    { fast: true, text: '- id: a\r\n  name: b\r\n  list:\r\n    - c\r\n' },
    { fast: true, text: '- id: a\n  n: null\n  t: true\n  f: False\n  tilde: ~\n  blank:\n' },
    { fast: true, text: '- id: a\n  name: no\u00a0break \n' }, // a no-break space is text
    { fast: false, text: '- id: a\n  code: 0125\n' }, // a number the core schema reads its own way
    { fast: false, text: '- id: a\n  n: 1e3\n  h: 0x1f\n' },
    { fast: false, text: '- id: a\n  notes: |\n    kept\n    lines\n' },
    { fast: false, text: '- id: a\n  label: {en: A, sv: B}\n' },
    { fast: false, text: '- id: a\n  "quoted key": 1\n' },
    { fast: false, text: '- id: a\n  name: !!str 12\n' },
    { fast: false, text: '- id: a\n  notes: "\\x41 \\N"\n' },
    { fast: false, text: '- id: a\n  notes: a\n\n    b\n' }, // a blank line in a folded scalar
    { fast: false, text: '- id: a\n\tname: b\n' },
  ])('$text', ({ text, fast }) => {
    expect(blockItem(text) !== undefined).toBe(fast);
    expect(parseYamlFile('partners.yaml', bytes(text)).value).toEqual(whole(text));
  });

  it('read what yaml.stringify writes for any record as the YAML parser does', () => {
    const key = fc.constantFrom('id', 'name', 'notes', 'a-b', 'x_y', 'true', 'a b', '1', 'source');
    const text = fc.oneof(
      fc.string({ unit: fc.constantFrom(...'ab Åé:#-"\'[]{},&*!|>%@`\\?.01\u00a0\n\t'.split('')) }),
      fc.string(),
      fc.constantFrom(
        '0125',
        '1e3',
        '.5',
        '1.',
        '-',
        '',
        '2015-2017',
        '-0',
        '+1',
        '0x1f',
        '.inf',
        'Null',
        'off',
      ),
    );
    const scalar = fc.oneof(text, fc.integer(), fc.double({ noNaN: true }), fc.boolean(), fc.constant(null));
    const { node } = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        scalar,
        fc.array(tie('node'), { maxLength: 3 }),
        fc.dictionary(key, tie('node'), { maxKeys: 4 }),
      ),
    }));
    const options = fc.constantFrom<Record<string, unknown>>(
      {},
      { lineWidth: 24, minContentWidth: 4 },
      { indentSeq: false },
      { defaultStringType: 'QUOTE_SINGLE' },
      { defaultStringType: 'QUOTE_DOUBLE', lineWidth: 20 },
    );
    fc.assert(
      fc.property(
        fc.array(fc.dictionary(key, node, { minKeys: 1, maxKeys: 5 }), { minLength: 1, maxLength: 3 }),
        options,
        (records, opts) => {
          const yaml = stringify(records, opts as never);
          const want = whole(yaml);
          if (want === undefined) return;
          expect(parseYamlFile('partners.yaml', bytes(yaml)).value).toEqual(want);
        },
      ),
      { numRuns: 400 },
    );
  });

  it.each([
    { why: 'an alias to another record', text: '- id: a\n  themes: &t [x]\n- id: b\n  themes: *t\n' },
  ])('leave a file with $why to the whole-file parser', ({ text }) => {
    const parsed = parseYamlFile('partners.yaml', bytes(text));
    expect(parsed.value).toEqual(parseDocument(text).toJS());
  });

  it('take a leading "---" and leave a second document to the whole-file parser', () => {
    expect(parseYamlFile('partners.yaml', bytes('---\n- id: a\n  name: b\n')).value).toEqual([
      { id: 'a', name: 'b' },
    ]);
    expect(parseYamlFile('partners.yaml', bytes('- id: a\n---\n- id: b\n')).problems).toEqual([
      expect.objectContaining({ code: 'YAML_SYNTAX', line: 2 }),
    ]);
  });

  it('report a top level that is not a list as before', () => {
    expect(parseYamlFile('partners.yaml', bytes('a: 1\n')).problems).toEqual([
      expect.objectContaining({ code: 'NOT_A_LIST', line: 1, col: 1 }),
    ]);
  });
});
