// Fixed names the data uses (regions, ICLD core areas, JSON keys) have words in both languages,
// and `--lang sv` shows the Swedish ones: in kp show, kp list and the workbooks.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { allEntries } from '../../src/core/entries.js';
import { CORE_AREAS } from '../../src/core/records.js';
import { CORE_AREA_LABEL, REGION_LABEL } from '../../src/output/labels.js';
import { recordJson } from '../../src/output/record-json.js';
import { FIELD_LABEL, recordSheets, SHEETS, shownKeys } from '../../src/output/record-xlsx.js';
import { kp, shippedDataset } from '../helpers.js';

describe('the shipped data has a word for every fixed name', () => {
  const ds = shippedDataset();

  it('every ICLD cluster, continent and UN subregion in countries.yaml is in REGION_LABEL', () => {
    const names = new Set(
      ds.raw.countries.flatMap((c) => [c.icld_cluster, c.region, c.subregion].filter((x) => x !== undefined)),
    );
    expect(names.size).toBeGreaterThan(10);
    expect([...names].filter((n) => !(n in REGION_LABEL))).toEqual([]);
  });

  it('every ICLD core area is in CORE_AREA_LABEL', () => {
    expect(Object.keys(CORE_AREA_LABEL).sort()).toEqual([...CORE_AREAS].sort());
  });

  it('every key of every record that its workbook shows is in FIELD_LABEL', () => {
    const keys = new Set<string>();
    for (const e of allEntries(ds)) for (const k of shownKeys(recordJson(e.record as never, ds))) keys.add(k);
    expect(keys.size).toBeGreaterThan(30);
    const missing = [...keys].filter((k) => k !== 'en' && k !== 'sv' && !(k in FIELD_LABEL));
    expect(missing).toEqual([]);
  });

  it('a Swedish workbook of any record: every header a Swedish word, no JSON key as a field name', () => {
    const svWords = new Set([...Object.values(FIELD_LABEL), ...Object.values(SHEETS)].map((l) => l.sv));
    const enWords = new Set(Object.values(FIELD_LABEL).map((l) => l.en));
    for (const e of allEntries(ds)) {
      for (const sheet of recordSheets(recordJson(e.record as never, ds), 'sv')) {
        expect(Object.values(SHEETS).map((l) => l.sv)).toContain(sheet.name);
        for (const c of sheet.columns) expect(svWords, sheet.name).toContain(c.header);
        if (sheet.name !== SHEETS.details!.sv) continue;
        for (const [field] of sheet.rows) {
          expect(String(field)).not.toMatch(/_|\.|^[a-z]+$/);
          if (!svWords.has(String(field))) expect(String(field)).not.toMatch(/\((English|Swedish)\)/);
          expect(enWords.has(String(field)) && !svWords.has(String(field)), String(field)).toBe(false);
        }
      }
    }
  });
});

describe('--lang sv shows the Swedish words', () => {
  it('kp show Kenya: the ICLD cluster and the region', async () => {
    const sv = await kp(['show', 'Kenya', '--lang', 'sv']);
    expect(sv.stdout).toContain('ICLD: på nuvarande lista (Östafrika)');
    expect(sv.stdout).toContain('Region: Afrika, Östra Afrika');
    const en = await kp(['show', 'Kenya']);
    expect(en.stdout).toContain('ICLD: on the current list (East Africa)');
    expect(en.stdout).toContain('Region: Africa, Eastern Africa');
  });

  it('kp show refugees: the note names the theme by its Swedish label', async () => {
    const sv = await kp(['show', 'refugees', '--lang', 'sv']);
    expect(sv.stderr).toBe('namn: refugees → Flyktingmottagande och integration\n');
    const en = await kp(['show', 'flyktingar']);
    expect(en.stderr).toBe('record: flyktingar → Refugee inclusion and integration\n');
  });

  it('kp list countries: the ICLD cluster column', async () => {
    const r = await kp(['list', 'countries', '--lang', 'sv', '--format', 'csv']);
    const rows = r.stdout.split('\n');
    expect(rows.find((l) => l.startsWith('KE,'))).toContain(',Östafrika,');
    expect(rows.find((l) => l.startsWith('BA,'))).toContain(',Europa,');
    expect(r.stdout).not.toMatch(/East Africa|Southern Africa|Latin America|Europe\b/);
  });

  it.each([
    { args: ['show', 'flyktingar'], line: 'ICLD:s kärnområden: likvärdighet, delaktighet' },
    {
      args: ['list', 'themes'],
      line: 'Kärnområden: likvärdighet, delaktighet, transparens, ansvarsutkrävande',
    },
  ])('kp $args: core areas by their Swedish labels', async ({ args, line }) => {
    const r = await kp([...args, '--lang', 'sv']);
    expect(r.stdout).toContain(line);
    const areas = r.stdout.split('\n').filter((l) => l.includes('ärnområden'));
    expect(areas.length).toBeGreaterThan(0);
    for (const l of areas) expect(l).not.toMatch(/\b(equity|participation|transparency|accountability)\b/);
  });

  it('the query sheet of a match workbook: the eligibility in Swedish', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kp-sv-'));
    const r = await kp(
      ['match', '--country', 'Georgia', '--theme', 'waste', '--lang', 'sv', '-o', 'g.xlsx'],
      {
        cwd: dir,
      },
    );
    expect(r.code, r.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(dir, 'g.xlsx')) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Sökning')!;
    const row = ws
      .getSheetValues()
      .find((v) => Array.isArray(v) && v[1] === 'Landet på ICLD:s lista') as unknown[];
    expect(row[2]).toBe('tidigare');
  });

  it('kp show Borlänge -o x.xlsx: the Partnerskap sheet headers and values in Swedish', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kp-sv-'));
    const r = await kp(['show', 'Borlänge', '--lang', 'sv', '-o', 'b.xlsx'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(dir, 'b.xlsx')) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Partnerskap')!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 3)).toEqual(['Id', 'Program', 'Med']);
    expect(header).not.toContain('programme');
    expect(ws.getRow(2).getCell(2).value).toBe('kommunalt partnerskap');
  });
});
