// Export: CSV read back with a real parser, Excel dialect, formula neutralising, safe writing.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { neutralise, toCsv } from '../../src/output/csv.js';
import { DATA, kp } from '../helpers.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'kp-export-'));
const KENYA = ['match', '--country', 'Kenya', '--theme', 'refugees'];

describe('toCsv', () => {
  const header = ['name', 'score', 'note'];
  const rows = [
    ['Borlänge, "Dalarna"', 71.5, 'line one\nline two'],
    ['Åre; Jämtland', 3, '=HYPERLINK("http://evil")'],
    ['+46', 0, '@SUM(A1)'],
    ['-2+3', 12.25, '\tcmd'],
  ];

  it('RFC 4180: commas, quotes, newlines and åäö survive a round trip', async () => {
    const text = await toCsv(header, rows, { excel: false });
    expect(text.startsWith('\ufeff')).toBe(false);
    expect(text).not.toContain('\r\n');
    const back = parse(text, { columns: true, cast: false }) as Record<string, string>[];
    expect(back.map((r) => r.name)).toEqual(['Borlänge, "Dalarna"', 'Åre; Jämtland', "'+46", "'-2+3"]);
    expect(back[0]!.note).toBe('line one\nline two');
    expect(back.map((r) => r.score)).toEqual(['71.5', '3', '0', '12.25']);
  });

  it('--excel: BOM, semicolons, CRLF, decimal comma, and quoted newlines', async () => {
    const text = await toCsv(header, rows, { excel: true });
    // Text quoted, numbers not: LibreOffice's "quoted field as text" keeps codes as text.
    expect(text.startsWith('\ufeff"name";"score";"note"\r\n"Borlänge, ""Dalarna""";71,5;')).toBe(true);
    const back = parse(text, {
      delimiter: ';',
      bom: true,
      columns: true,
      record_delimiter: '\r\n',
    }) as Record<string, string>[];
    expect(back.map((r) => r.score)).toEqual(['71,5', '3', '0', '12,25']);
    expect(back[0]!.note).toBe('line one\nline two');
    expect(back[1]!.name).toBe('Åre; Jämtland');
  });

  it.each([
    ['=2+3', "'=2+3"],
    ['+46 70', "'+46 70"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['Borlänge', 'Borlänge'],
    [42, 42],
    [-1, -1],
  ])('neutralises %j', (cell, out) => expect(neutralise(cell)).toEqual(out));

  it('no text cell starts with a formula character, in either dialect', async () => {
    for (const excel of [false, true]) {
      const text = await toCsv(header, rows, { excel });
      const back = parse(text, { delimiter: excel ? ';' : ',', bom: true, relax_quotes: true }) as string[][];
      for (const cell of back.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
  });
});

describe('kp match --format csv', () => {
  it('reads back to the same ranking as --format json', async () => {
    const dir = tmp();
    const r = await kp([...KENYA, '--format', 'csv', '-o', 'k.csv'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const rows = parse(readFileSync(join(dir, 'k.csv'), 'utf8'), { columns: true }) as Record<
      string,
      string
    >[];
    const json = JSON.parse((await kp([...KENYA, '--format', 'json'])).stdout);
    expect(rows.map((x) => [Number(x.rank), x.name, Number(x.score)])).toEqual(
      json.candidates.map((c: { rank: number; name: string; score: number }) => [c.rank, c.name, c.score]),
    );
    expect(Object.keys(rows[0]!)).toEqual(
      expect.arrayContaining(['code or id', 'theme points', 'shared themes', 'reasons', 'sources']),
    );
    expect(rows[0]!['partnerships in the country']).toMatch(/^Lodwar/);
    expect(rows[0]!.sources).toMatch(/borlange\.se/);
  });

  it('refuses to replace a file without --force (73, file unchanged), replaces it with --force', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'k.csv'), 'keep me\n');
    const refused = await kp([...KENYA, '--format', 'csv', '-o', 'k.csv'], { cwd: dir });
    expect(refused.code).toBe(73);
    expect(refused.stderr).toMatch(/k\.csv exists; add --force/);
    expect(readFileSync(join(dir, 'k.csv'), 'utf8')).toBe('keep me\n');
    const forced = await kp([...KENYA, '--format', 'csv', '-o', 'k.csv', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'k.csv'), 'utf8')).toMatch(/^rank,name/);
    expect(readdirSync(dir)).toEqual(['k.csv']); // no temporary files left
  });

  it('an unwritable path is 73 with a clear message and no file', async () => {
    const dir = tmp();
    const r = await kp([...KENYA, '--format', 'csv', '-o', 'missing/k.csv'], { cwd: dir });
    expect(r.code).toBe(73);
    expect(r.stderr).toMatch(/cannot write missing\/k\.csv: the folder missing does not exist/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('-o - writes to stdout', async () => {
    const r = await kp([...KENYA, '--format', 'csv', '-o', '-']);
    expect(r.stdout).toMatch(/^rank,name,kind/);
  });

  it('--excel keeps åäö, uses ; and CRLF, and headers follow --lang', async () => {
    const r = await kp([...KENYA, '--format', 'csv', '--excel', '--lang', 'sv']);
    expect(
      r.stdout.startsWith('\ufeff"rang";"namn";"typ";"kod eller id";"län eller provins";"land";"poäng"'),
    ).toBe(true);
    expect(r.stdout).toContain('\r\n1;"Borlänge";"kommun";"2081";"Dalarnas län";"Sverige";53,2;');
  });

  it('neutralises a hostile name from user-edited data', async () => {
    const data = tmp();
    cpSync(DATA, data, { recursive: true });
    const file = join(data, 'municipalities.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('  name: Borlänge\n', '  name: =2+3 Borlänge\n'));
    for (const excel of [[], ['--excel']]) {
      const r = await kp(['--data', data, ...KENYA, '--format', 'csv', ...excel]);
      expect(r.code, r.stderr).toBe(0);
      const cells = (
        parse(r.stdout, { delimiter: excel.length ? ';' : ',', bom: true }) as string[][]
      ).flat();
      expect(cells).toContain("'=2+3 Borlänge");
      for (const cell of cells) expect(cell.startsWith('=')).toBe(false);
    }
  });

  it('list --format csv keeps numbers numeric', async () => {
    const r = await kp(['list', 'municipalities', '--format', 'csv']);
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.find((x) => x.Name === 'Ekerö')).toMatchObject({ Code: '0125', Population: '28910' });
  });

  it('writes a table to a file without colour codes', async () => {
    const dir = tmp();
    await kp([...KENYA, '-o', 'k.txt'], { cwd: dir, tty: true });
    expect(readFileSync(join(dir, 'k.txt'), 'utf8')).not.toMatch(/\u001b\[/);
    expect(existsSync(join(dir, 'k.txt'))).toBe(true);
  });
});

describe('the format follows the file name', () => {
  it.each([
    ['list.csv', (t: string) => expect(t).toMatch(/^Name,Kind,Code,County,Population/)],
    ['list.md', (t: string) => expect(t).toMatch(/^\| Name \| Kind \| Code \|/)],
    ['list.json', (t: string) => expect(JSON.parse(t)[0]).toHaveProperty('code')],
    ['list.XLSX', (t: string) => expect(t.startsWith('PK')).toBe(true)],
    ['list.txt', (t: string) => expect(t).toMatch(/^Name\s+Kind\s+Code/)],
  ])('-o %s', async (file, check) => {
    const dir = tmp();
    const r = await kp(['list', 'municipalities', '-o', file], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    check(readFileSync(join(dir, file), 'latin1'));
  });

  it.each([
    [['-o', 'x.csv', '--format', 'json'], /--format json contradicts the file name x\.csv/],
    [['-o', 'x.json', '--format', 'table'], /--format table contradicts/],
    [['-o', 'x.md', '--excel'], /--excel applies to --format csv, not md/],
  ])('%j is a usage error (2), nothing written', async (args, message) => {
    const dir = tmp();
    const r = await kp([...KENYA, ...args], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('--excel alone means CSV; show refuses a .csv name it cannot write', async () => {
    const excel = await kp([...KENYA, '--excel']);
    expect(excel.stdout.startsWith('\ufeff"rank";"name";')).toBe(true);
    const show = await kp(['show', 'Borlänge', '-o', 'b.csv'], { cwd: tmp() });
    expect(show.code).toBe(2);
    expect(show.stderr).toMatch(
      /b\.csv asks for csv, which this command does not write: use table, json, xlsx/,
    );
  });
});

describe('every format carries the whole answer', () => {
  const LODWAR = ['match', '--from', 'Lodwar'];
  const GEORGIA = ['match', '--from', 'Ekerö', '--country', 'Georgia', '-n', '2'];

  it('Markdown: already-partners, the * flag and its note, and with --explain the points per component', async () => {
    expect((await kp([...LODWAR, '--format', 'md'])).stdout).toMatch(
      // Borlänge–Lodwar (2018) has ended: an earlier partner, not a current one.
      /\n\nEarlier partners \(not ranked\): Borlänge \(projekt, 2018–\)\n$/,
    );
    const flagged = (await kp([...GEORGIA, '--format', 'md'])).stdout;
    expect(flagged).toMatch(/^\| 1 \| Tbilisi\\\* \| Georgia \|/m);
    expect(flagged).toContain("\n\n\\* country not on ICLD's current list\n");
    const explained = (await kp([...GEORGIA, '--format', 'md', '--explain'])).stdout;
    expect(explained).toMatch(
      /^\| # \| Name \| Where \| Score \| theme \| country \| region \| experience \| capacity \| seeking \| size \| diaspora \| nearby \| Why \|$/m,
    );
    expect(explained).toMatch(/\nWeights: theme 50 \(max 35\.2 points\)/);
  });

  it('CSV: an eligibility column and a note, and the already-partners as unranked rows', async () => {
    const rows = parse((await kp([...LODWAR, '--format', 'csv'])).stdout, { columns: true }) as Record<
      string,
      string
    >[];
    expect(rows.at(-1)).toMatchObject({
      rank: '',
      name: 'Borlänge',
      'code or id': '2081',
      score: '',
      note: 'earlier partner (not ranked): projekt, 2018–',
    });
    expect(rows[0]).toMatchObject({ "country on ICLD's current list": 'yes', note: '' });
    const georgia = parse((await kp([...GEORGIA, '--format', 'csv'])).stdout, { columns: true }) as Record<
      string,
      string
    >[];
    expect(georgia[0]).toMatchObject({
      name: 'Tbilisi',
      "country on ICLD's current list": 'no',
      note: "country not on ICLD's current list",
    });
    expect(Object.keys(georgia[0]!)).toEqual(
      expect.arrayContaining(['theme points', 'country points', 'size points']),
    );
  });
});
