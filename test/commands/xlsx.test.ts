// Workbooks read back with exceljs, the library that wrote them: sheets, header, cell types,
// codes as text, formula-looking text as text, the query sheet.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { DATA, kp } from '../helpers.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'kp-xlsx-'));
const KENYA = ['match', '--country', 'Kenya', '--theme', 'refugees'];
const { ValueType } = ExcelJS;

async function workbook(bytes: Buffer | Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

async function write(args: readonly string[], file = 'out.xlsx', opts: { cwd?: string } = {}) {
  const dir = opts.cwd ?? tmp();
  const r = await kp([...args, '-o', file], { cwd: dir });
  expect(r.code, r.stderr).toBe(0);
  return workbook(readFileSync(join(dir, file)));
}

/** A sheet's rows as {header: cell} objects. */
function records(ws: ExcelJS.Worksheet) {
  const header = (ws.getRow(1).values as unknown[]).slice(1) as string[];
  const out: Record<string, ExcelJS.Cell>[] = [];
  ws.eachRow((row, n) => {
    if (n > 1) out.push(Object.fromEntries(header.map((h, i) => [h, row.getCell(i + 1)])));
  });
  return out;
}

describe('kp match -o FILE.xlsx', () => {
  it('candidates: a bold frozen header with a filter, codes as text, points as numbers, reasons wrapped', async () => {
    const wb = await write(KENYA);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Candidates', 'Query']);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    const rows = records(ws);
    const json = JSON.parse((await kp([...KENYA, '--format', 'json'])).stdout);
    expect(rows.map((r) => [r.rank!.value, r.name!.value, r.score!.value])).toEqual(
      json.candidates.map((c: { rank: number; name: string; score: number }) => [c.rank, c.name, c.score]),
    );
    const first = rows[0]!;
    expect(first['code or id']!.type).toBe(ValueType.String);
    expect(first['code or id']!.value).toBe('2081');
    expect(first.score!.type).toBe(ValueType.Number);
    expect(first['theme points']!.type).toBe(ValueType.Number);
    expect(first.reasons!.alignment?.wrapText).toBe(true);
    expect(first["country on ICLD's current list"]!.value).toBe('yes');
    const widths = ws.columns.map((c) => c.width ?? 0);
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(6);
    expect(Math.max(...widths)).toBeLessThanOrEqual(70);
  });

  it('the query sheet: inputs as resolved, eligibility, weights as numbers, date and data source', async () => {
    const wb = await write(KENYA);
    const q = Object.fromEntries(
      records(wb.getWorksheet('Query')!).map((r) => [String(r.Field!.value), r.Value!.value]),
    );
    expect(q).toMatchObject({
      Country: 'Kenya (KE)',
      "Country on ICLD's list": 'current',
      Themes: 'Refugee inclusion and integration',
      'Weight: theme': 50,
      Limit: 10,
      'Data source': "the shipped data (kp's own, data/)",
      'Candidates shown': 10,
    });
    expect(typeof q['Data as of']).toBe('number');
    const georgia = await write(['match', '--from', 'Ekerö', '--country', 'Georgia']);
    const row = records(georgia.getWorksheet('Query')!).find(
      (r) => r.Field!.value === "Country on ICLD's list",
    )!;
    expect([row.Value!.value, row.Note!.value]).toEqual(['earlier', expect.stringMatching(/^Georgia /)]);
  });

  it('Swedish: sheet names and headers in Swedish; already-partners in the query sheet and as a row', async () => {
    const wb = await write(['match', '--from', 'Lodwar', '--lang', 'sv']);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Kandidater', 'Sökning']);
    const rows = records(wb.getWorksheet('Kandidater')!);
    expect(Object.keys(rows[0]!)).toEqual(expect.arrayContaining(['rang', 'namn', 'kod eller id', 'poäng']));
    const borlange = rows.find((r) => r.namn!.value === 'Borlänge')!;
    expect(borlange.rang!.value).toBeNull();
    expect(borlange.anmärkning!.value).toBe('tidigare partner (ej rangordnad): projekt, 2018–');
    const q = Object.fromEntries(
      records(wb.getWorksheet('Sökning')!).map((r) => [String(r.Fält!.value), r.Värde!.value]),
    );
    expect(q['Tidigare partner (ej rangordnade)']).toBe('Borlänge (projekt, 2018–)');
    expect(q['Vikt: tema']).toBe(50);
  });

  it('a formula-looking name in the data stays a text cell; --data is the data source', async () => {
    const data = tmp();
    cpSync(DATA, data, { recursive: true });
    const file = join(data, 'municipalities.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('  name: Borlänge\n', '  name: =2+3 Borlänge\n'));
    const wb = await write(['--data', data, ...KENYA]);
    const cell = records(wb.worksheets[0]!).find((r) => String(r.name!.value).includes('Borlänge'))!.name!;
    expect(cell.type).toBe(ValueType.String);
    expect(cell.value).toBe('=2+3 Borlänge');
    expect(cell.formula).toBeUndefined();
    const q = records(wb.getWorksheet('Query')!).find((r) => r.Field!.value === 'Data source')!;
    expect(q.Value!.value).toBe(data);
  });
});

describe('kp list and kp show as workbooks', () => {
  it('list municipalities: Ekerö keeps 0125 as text; population is a number', async () => {
    const wb = await write(['list', 'municipalities'], 'list.xlsx');
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Municipalities']);
    const ekero = records(wb.worksheets[0]!).find((r) => r.Name!.value === 'Ekerö')!;
    expect([ekero.Code!.type, ekero.Code!.value]).toEqual([ValueType.String, '0125']);
    expect([ekero.Population!.type, ekero.Population!.value]).toEqual([ValueType.Number, 28910]);
    const sv = await write(['list', 'countries', '--lang', 'sv'], 'l.xlsx');
    expect(sv.worksheets.map((w) => w.name)).toEqual(['Länder']);
  });

  it('list municipalities --near: the same sheet name, with the distance column', async () => {
    const wb = await write(['list', 'municipalities', '--near', 'Härryda', '--within', '30', '--lang', 'sv']);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Kommuner']);
    const rows = records(wb.worksheets[0]!);
    const lerum = rows.find((r) => r.Namn!.value === 'Lerum')!;
    expect([lerum.km!.type, lerum.km!.value]).toEqual([ValueType.Number, 11]);
  });

  it('show Borlänge: its fields, and a sheet of its partnerships', async () => {
    const wb = await write(['show', 'Borlänge', '--lang', 'sv'], 'b.xlsx');
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Uppgifter', 'Partnerskap']);
    const fields = Object.fromEntries(
      records(wb.worksheets[0]!).map((r) => [String(r.Fält!.value), r.Värde!]),
    );
    expect(fields.Kod!.value).toBe('2081');
    expect(fields.Kod!.type).toBe(ValueType.String);
    expect(fields.Folkmängd!.type).toBe(ValueType.Number);
    const partnerships = records(wb.worksheets[1]!);
    expect(partnerships.map((p) => p.Med!.value)).toContain('Lodwar');
  });

  it("show Lund: its KP status as of the year apart from what a source recorded (as the text's)", async () => {
    const wb = await write(['show', 'Lund', '--as-of', '2026'], 'lund.xlsx');
    const fields = Object.fromEntries(
      records(wb.worksheets[0]!).map((r) => [String(r.Field!.value), r.Value!.value]),
    );
    expect(fields['KP status (as of the year)']).toBe('former');
    expect(fields['KP status as a source recorded it']).toBe('interested');
    expect((await kp(['show', 'Lund', '--as-of', '2026'])).stdout).toMatch(/KP status: former/);
  });
});

describe('a workbook to stdout', () => {
  it('is refused on a terminal (2), written when piped', async () => {
    const tty = await kp([...KENYA, '--format', 'xlsx'], { tty: true });
    expect(tty.code).toBe(2);
    expect(tty.stderr).toMatch(/a workbook is binary.*-o FILE\.xlsx/);
    const piped = await kp([...KENYA, '--format', 'xlsx']);
    expect(piped.code, piped.stderr).toBe(0);
    const wb = await workbook(piped.bytes);
    expect(wb.worksheets[0]!.name).toBe('Candidates');
  });
});
