// Names as people type them, through the CLI: an id that is also another record's name, official
// names with a misspelt "kommun", exonyms; and ambiguity errors whose every id and code works.
import { describe, expect, it } from 'vitest';
import { allEntries, partnerEntries, swedishEntry } from '../../src/core/entries.js';
import { createResolver, type NameEntry } from '../../src/core/names.js';
import { resolutionError } from '../../src/shell/resolve.js';
import { kp, shippedDataset } from '../helpers.js';

describe('an exact id or code wins over the same name elsewhere', () => {
  it.each([
    { args: ['show', 'Berg'], title: /^Berg — municipality, Jämtlands län/, other: /id berg-de/ },
    { args: ['show', 'berg'], title: /^Berg — municipality, Jämtlands län/, other: /id berg-de/ },
    { args: ['show', 'berg-de'], title: /^Berg — Germany/, other: undefined },
    { args: ['show', '2326'], title: /^Berg — municipality/, other: undefined },
    { args: ['show', 'macau'], title: /^Macau — Macau/, other: /Macau \(country; id MO\)/ },
    { args: ['show', 'MO'], title: /^Macau \(MO\)/, other: undefined },
  ])('kp $args', async ({ args, title, other }) => {
    const r = await kp(args);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(title);
    // The note names the other record by a way that works (its id), only when there is one.
    if (other) expect(r.stderr).toMatch(other);
    else expect(r.stderr).not.toMatch(/also called/);
  });

  it('kp match --from Berg is the kommun, with a note in the reader language', async () => {
    const r = await kp(['match', '--from', 'Berg', '--format', 'json', '--lang', 'sv']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).query.from).toMatchObject({ id: 'berg', country: 'SE' });
    expect(r.stderr).toMatch(/heter också Berg: Berg \(kommun utomlands, Tyskland; id berg-de\)/);
  });
});

describe('official names with a misspelt word, and exonyms', () => {
  it.each([
    { from: 'Lunds kommmun', name: 'Lund' },
    { from: 'Lund kommune', name: 'Lund' },
    { from: 'Ekerö komun', name: 'Ekerö' },
    { from: 'Eskilstuna kommunn', name: 'Eskilstuna' },
    { from: 'Eskilstna kommun', name: 'Eskilstuna' },
  ])('kp match --from "$from" → $name, said on stderr', async ({ from, name }) => {
    const r = await kp(['match', '--from', from, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).query.from).toMatchObject({ name, country: 'SE' });
    expect(r.stderr).toContain(`party: ${from} → ${name} (closest match)`);
  });

  it.each([
    { input: 'Kiev', title: 'Kyiv — Ukraine' },
    { input: 'Kijev', title: 'Kyiv — Ukraine' },
    { input: 'Kyjiv', title: 'Kyiv — Ukraine' },
    { input: 'Kishinev', title: 'Chișinău — Moldova' },
  ])('kp show $input', async ({ input, title }) => {
    const r = await kp(['show', input]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(title);
  });

  it('a misspelt suffix on no close name still lists the nearest names, the base first', async () => {
    const r = await kp(['match', '--from', 'Lunx kommun']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Nearest:\n {2}Lund \(municipality, Skåne län; id lund\)/);
  });
});

/** The lines of an ambiguity error: each candidate's label and the id the line offers. */
const offered = (message: string) =>
  [...message.matchAll(/^ {2}(.+?) \(.*; id ([^)]+)\)$/gm)].map((m) => ({ label: m[1]!, id: m[2]! }));

describe('an ambiguity error offers only ids that work', () => {
  const entry = (id: string, kind: string): NameEntry<string> => ({
    record: id,
    id,
    label: 'Lake',
    kind,
    detail: kind === 'partner' ? 'Germany' : 'Skåne län',
    primary: [id, 'Lake', ...(kind === 'municipality' ? ['9999'] : [])],
    secondary: [kind === 'municipality' ? 'Lakes kommun' : 'Lakestadt'],
    codes: kind === 'municipality' ? ['9999'] : [],
  });
  const ds = shippedDataset();
  it.each([
    // A Swedish party and a partner abroad of the same name, neither's id the name: a real tie.
    {
      name: 'Lake and Lake',
      entries: [entry('lake-se', 'municipality'), entry('lake-de', 'partner')],
      input: 'Lake',
    },
    // Habo and Håbo, typed without the ring.
    { name: 'Habö', entries: ds.raw.municipalities.map(swedishEntry), input: 'Habö' },
    {
      name: 'Habö komun',
      entries: [...ds.raw.municipalities.map(swedishEntry), ...partnerEntries(ds)],
      input: 'Habö komun',
    },
    { name: 'Karls', entries: allEntries(ds) as NameEntry<unknown>[], input: 'Karls' },
  ])('$name', ({ entries, input }) => {
    const resolver = createResolver<unknown>(entries);
    const r = resolver.resolve(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toBe('ambiguous');
    for (const lang of ['en', 'sv'] as const) {
      const lines = offered(resolutionError(r, 'party').text!(lang));
      expect(lines.length).toBe(r.candidates.length);
      for (const { label, id } of lines) {
        const hit = resolver.resolve(id);
        expect(hit.ok && [hit.entry.label, hit.entry.id]).toEqual([label, id]);
      }
    }
  });
});
