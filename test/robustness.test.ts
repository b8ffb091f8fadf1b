// Hostile data: each case is planted in a copy of the shipped data. Every one must end in exit 65
// with a message that names the file (and line, where there is one), quickly, with no stack trace.
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DATA, kp } from './helpers.js';

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

function plant(mutate: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'kp-hostile-'));
  temps.push(dir);
  cpSync(DATA, dir, { recursive: true });
  mutate(dir);
  return dir;
}
const append = (file: string, text: string) => (dir: string) =>
  writeFileSync(join(dir, file), readFileSync(join(dir, file), 'utf8') + text);
const replace = (file: string, text: string | Buffer) => (dir: string) =>
  writeFileSync(join(dir, file), text);

const nested = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`;
const blockNested = (depth: number) =>
  Array.from({ length: depth }, (_, i) => `${' '.repeat(2 * i + 2)}k${i}:`).join('\n') + ' x\n';

const HOSTILE: Array<{
  name: string;
  mutate: (dir: string) => void;
  file: string;
  code: string;
  line?: boolean;
}> = [
  {
    name: 'alias bomb (billion laughs)',
    file: 'themes.yaml',
    code: 'ALIAS_BOMB',
    mutate: append(
      'themes.yaml',
      '\n- id: lol\n  label: {en: a, sv: a}\n  synonyms:\n    en: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n    sv: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n  broader: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n  sdgs: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n  core_areas: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n',
    ),
  },
  {
    name: '__proto__ key',
    file: 'partners.yaml',
    code: 'FORBIDDEN_KEY',
    line: true,
    mutate: append(
      'partners.yaml',
      '\n- id: evil\n  name: Evil\n  country: KE\n  __proto__: {polluted: true}\n',
    ),
  },
  {
    name: 'constructor key',
    file: 'municipalities.yaml',
    code: 'FORBIDDEN_KEY',
    line: true,
    mutate: append(
      'municipalities.yaml',
      '\n- id: evil\n  kind: municipality\n  name: Evil\n  constructor: {prototype: {polluted: true}}\n',
    ),
  },
  {
    name: 'deep flow nesting',
    file: 'partners.yaml',
    code: 'TOO_DEEP',
    line: true,
    mutate: append('partners.yaml', `\n- id: deep\n  name: Deep\n  country: KE\n  notes: ${nested(200)}\n`),
  },
  {
    name: 'deep block nesting',
    file: 'partners.yaml',
    code: 'TOO_DEEP',
    line: true,
    mutate: append(
      'partners.yaml',
      `\n- id: deep\n  name: Deep\n  country: KE\n  notes:\n${blockNested(80)}`,
    ),
  },
  {
    name: 'a very long line',
    file: 'partners.yaml',
    code: 'LINE_TOO_LONG',
    line: true,
    mutate: append('partners.yaml', `\n- id: long\n  name: ${'x'.repeat(2 * 1024 * 1024)}\n  country: KE\n`),
  },
  {
    name: 'a very large file',
    file: 'partnerships.yaml',
    code: 'FILE_TOO_LARGE',
    mutate: (dir) => truncateSync(join(dir, 'partnerships.yaml'), 300 * 1024 * 1024),
  },
  {
    name: 'invalid UTF-8',
    file: 'countries.yaml',
    code: 'INVALID_UTF8',
    line: true,
    mutate: (dir) => {
      const text = readFileSync(join(dir, 'countries.yaml'));
      writeFileSync(
        join(dir, 'countries.yaml'),
        Buffer.concat([text.subarray(0, 400), Buffer.from([0xc3, 0x28]), text.subarray(400)]),
      );
    },
  },
  {
    name: 'duplicate keys',
    file: 'partners.yaml',
    code: 'DUPLICATE_KEY',
    line: true,
    mutate: append('partners.yaml', '\n- id: twice\n  name: One\n  name: Two\n  country: KE\n'),
  },
  {
    name: 'wrong types',
    file: 'municipalities.yaml',
    code: 'WRONG_TYPE',
    line: true,
    mutate: append(
      'municipalities.yaml',
      '\n- id: typed\n  kind: municipality\n  name: [not, text]\n  population: lots\n',
    ),
  },
  {
    name: 'an empty file',
    file: 'themes.yaml',
    code: 'EMPTY_FILE',
    line: true,
    mutate: replace('themes.yaml', ''),
  },
  {
    name: 'a directory where a file should be',
    file: 'countries.yaml',
    code: 'NOT_A_FILE',
    mutate: (dir) => {
      rmSync(join(dir, 'countries.yaml'));
      mkdirSync(join(dir, 'countries.yaml'));
    },
  },
  {
    name: 'a missing file',
    file: 'partners.yaml',
    code: 'MISSING_FILE',
    mutate: (dir) => rmSync(join(dir, 'partners.yaml')),
  },
  {
    name: 'a symlink that loops',
    file: 'themes.yaml',
    code: 'SYMLINK_LOOP',
    mutate: (dir) => {
      rmSync(join(dir, 'themes.yaml'));
      symlinkSync('themes.yaml', join(dir, 'themes.yaml'));
    },
  },
];

describe('hostile data: exit 65, the file (and line) named, no stack trace', () => {
  it.each(HOSTILE)('$name', async ({ mutate, file, code, line }) => {
    const dir = plant(mutate);
    for (const args of [['validate'], ['match', '--country', 'Kenya', '--theme', 'refugees']]) {
      const started = Date.now();
      const r = await kp(['--data', dir, ...args]);
      expect(r.code, r.stderr).toBe(65);
      const pattern = new RegExp(`${file.replace('.', '\\.')}${line ? ':\\d+:\\d+' : ''} ${code}`);
      expect(r.stderr).toMatch(pattern);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stdout).toBe('');
      expect(Date.now() - started).toBeLessThan(15_000); // a guard against hangs, not a benchmark
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('accepted and working', () => {
  it.each([
    {
      name: 'a UTF-8 byte order mark',
      mutate: (dir: string) =>
        writeFileSync(join(dir, 'themes.yaml'), `\ufeff${readFileSync(join(dir, 'themes.yaml'), 'utf8')}`),
    },
    {
      name: 'CRLF line endings',
      mutate: (dir: string) =>
        writeFileSync(
          join(dir, 'partnerships.yaml'),
          readFileSync(join(dir, 'partnerships.yaml'), 'utf8').replace(/\n/g, '\r\n'),
        ),
    },
    {
      name: 'comments and anchors used sensibly',
      mutate: append(
        'partnerships.yaml',
        '\n# a new relation, reusing the themes of another by anchor\n- id: lerum-lodwar\n  programme: other # an expression of interest\n  parties: [lerum, lodwar]\n  countries: &kenya [KE]\n  themes: &inclusion [refugees, social-inclusion]\n  source: https://example.org/lerum\n- id: lerum-lodwar-2\n  programme: other\n  parties: [lerum, lodwar]\n  countries: *kenya\n  themes: *inclusion\n  source: https://example.org/lerum-2\n',
      ),
    },
  ])('$name', async ({ mutate }) => {
    const dir = plant(mutate);
    const r = await kp([
      '--data',
      dir,
      'match',
      '--country',
      'Kenya',
      '--theme',
      'refugees',
      '--format',
      'json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).candidates[0].name).toBe('Borlänge');
  });
});
