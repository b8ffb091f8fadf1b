// The shipped data is guarded like code: it validates, and every reference row is in it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataDir } from '../../src/dataset/load.js';
import { DATA, FIXTURES } from '../helpers.js';

const { dataset, problems } = loadDataDir(DATA);
const tsv = (name: string) =>
  readFileSync(join(FIXTURES, 'reference', name), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'));

describe('data/', () => {
  it('validates with no errors', () => {
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('has all 290 municipalities with their SCB codes, names and 2024 populations', () => {
    const municipalities = dataset.municipalities.filter((m) => m.kind === 'municipality');
    expect(municipalities).toHaveLength(290);
    const byCode = new Map(municipalities.map((m) => [m.code, m]));
    for (const [code, name, population] of tsv('sweden_municipalities.tsv')) {
      expect(byCode.get(code!), code).toMatchObject({ name, population: Number(population) });
    }
    expect(municipalities.reduce((s, m) => s + (m.population ?? 0), 0)).toBe(10_587_710);
  });

  it('has the 21 regions, Gotland being both municipality and region', () => {
    const regions = dataset.municipalities.filter((m) => m.kind === 'region' || m.regional_duties);
    expect(regions).toHaveLength(21);
  });

  it('represents every row of partnerships.tsv as a KP partnership with its source URL', () => {
    const kpSources = dataset.partnerships.filter((p) => p.programme === 'kp').map((p) => p.source);
    const rows = tsv('partnerships.tsv');
    expect(rows).toHaveLength(138);
    const need = new Map<string, number>();
    for (const [, , url] of rows) need.set(url!, (need.get(url!) ?? 0) + 1);
    for (const [url, n] of need) {
      expect(kpSources.filter((s) => s === url).length, url).toBeGreaterThanOrEqual(n);
    }
  });

  it('represents every relation of other_relations.tsv, kept apart from KP partnerships', () => {
    const other = dataset.partnerships.filter((p) => p.programme !== 'kp').map((p) => p.source);
    for (const [, , url] of tsv('other_relations.tsv')) expect(other, url).toContain(url);
  });

  it('has every partner-seeker profile, seeking, with its ranked areas and source', () => {
    const seeking = dataset.partners.filter((p) => p.seeking);
    const rows = tsv('partner_seekers.tsv');
    expect(seeking).toHaveLength(rows.length);
    for (const [, , url] of rows)
      expect(
        seeking.map((p) => p.seeking!.source),
        url,
      ).toContain(url);
  });

  it('keeps Habo and Håbo apart, and Ale and Åre', () => {
    const name = (n: string) => dataset.municipalities.filter((m) => m.name === n);
    for (const n of ['Habo', 'Håbo', 'Ale', 'Åre']) expect(name(n)).toHaveLength(1);
    expect(name('Habo')[0]!.id).not.toBe(name('Håbo')[0]!.id);
  });

  it('quotes every SCB code as four digits', () => {
    for (const m of dataset.municipalities.filter((x) => x.kind === 'municipality'))
      expect(m.code).toMatch(/^\d{4}$/);
  });

  it('has the spellings the sources use as aliases', () => {
    const aliasesOf = (name: string) => dataset.partners.find((p) => p.name === name)?.aliases ?? [];
    expect(aliasesOf('Tbilisi')).toContain('Tblisi');
    expect(aliasesOf('Kherson')).toContain('Cherson');
    expect(dataset.municipalities.find((m) => m.name === 'Göteborg')?.aliases).toContain('Gothenburg');
  });
});
