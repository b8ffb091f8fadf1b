// Findings of the first-hour user review (3, 5, 7, 9, 12, 13): the tool tells the truth, and every
// format carries the whole answer, end to end through the CLI on the shipped data (as of 2026).
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { kp } from '../helpers.js';

const AS_OF = ['--as-of', '2026'];

describe('the footer says what --limit and --all do (finding 9)', () => {
  it.each([
    {
      name: 'to Sweden without --all: both, each with what it does',
      args: ['match', '--country', 'Kenya'],
      lang: 'en',
      expected:
        /^showing 10 of \d+; --limit N shows more, --all also ranks Swedish parties with no KP history$/m,
    },
    {
      name: 'to Sweden with --all: only --limit',
      args: ['match', '--country', 'Kenya', '--all'],
      lang: 'en',
      expected: /^showing 10 of \d+; --limit N shows more$/m,
    },
    {
      name: 'abroad: only --limit (--all is about Swedish parties)',
      args: ['match', '--from', 'Ekerö', '--include-ineligible'],
      lang: 'en',
      expected: /^showing 10 of \d+; --limit N shows more$/m,
    },
    {
      name: 'Swedish, with --all',
      args: ['match', '--country', 'Kenya', '--all'],
      lang: 'sv',
      expected: /^visar 10 av \d+; --limit N visar fler$/m,
    },
  ])('$name', async ({ args, lang, expected }) => {
    // Markdown: the notes unwrapped, one paragraph each.
    const r = await kp([...args, ...AS_OF, '--lang', lang, '--format', 'md']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(expected);
  });
});

describe('kp list partnerships is sorted (finding 12)', () => {
  it.each([
    { name: 'every partnership', args: [] as string[] },
    { name: 'in Kenya', args: ['--country', 'Kenya'] },
    { name: 'on a theme', args: ['--theme', 'waste'] },
  ])('$name: by first Swedish party (Swedish collation), then partner, then start year', async ({ args }) => {
    const r = await kp(['list', 'partnerships', ...args, ...AS_OF, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const rows: { id: string; parties: string[]; start?: number }[] = JSON.parse(r.stdout);
    const names = new Map<string, string>(
      JSON.parse((await kp(['list', 'municipalities', '--format', 'json'])).stdout).map(
        (m: { id: string; name: string }) => [m.id, m.name],
      ),
    );
    const partners = new Map<string, string>(
      JSON.parse((await kp(['list', 'partners', '--format', 'json'])).stdout).map(
        (m: { id: string; name: string }) => [m.id, m.name],
      ),
    );
    const collator = new Intl.Collator('sv');
    const key = (p: (typeof rows)[number]) => {
      const swedish = p.parties.find((id) => names.has(id));
      const abroad = p.parties.find((id) => id !== swedish && !names.has(id));
      return [swedish ? names.get(swedish)! : '', abroad ? (partners.get(abroad) ?? abroad) : ''];
    };
    expect(rows.length).toBeGreaterThan(2);
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [key(rows[i - 1]!), key(rows[i]!)];
      const order =
        collator.compare(a[0]!, b[0]!) ||
        collator.compare(a[1]!, b[1]!) ||
        (rows[i - 1]!.start ?? 1e9) - (rows[i]!.start ?? 1e9);
      expect(order, `${rows[i - 1]!.id} before ${rows[i]!.id}`).toBeLessThanOrEqual(0);
    }
  });

  it('the table and CSV are in the same order as JSON', async () => {
    const j = JSON.parse(
      (await kp(['list', 'partnerships', '--country', 'Georgia', '--format', 'json'])).stdout,
    );
    const csv = (await kp(['list', 'partnerships', '--country', 'Georgia', '--format', 'csv'])).stdout;
    const ids = csv
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(',')[0]);
    expect(ids).toEqual(j.map((p: { id: string }) => p.id));
  });
});

describe('small truths (finding 13)', () => {
  it.each([
    {
      name: 'KP_DATA, no such folder',
      args: [],
      env: { KP_DATA: '/nonexist' },
      says: /^kp: KP_DATA=\/nonexist: no such folder/,
    },
    {
      name: 'KP_DATA, a file',
      args: [],
      env: { KP_DATA: 'README.md' },
      says: /^kp: KP_DATA=README\.md: not a directory/,
    },
    {
      name: '--data, no such folder',
      args: ['--data', '/nonexist'],
      env: {} as Record<string, string>,
      says: /^kp: --data \/nonexist: no such folder/,
    },
    {
      name: '--data wins over KP_DATA and is named',
      args: ['--data', '/nonexist'],
      env: { KP_DATA: 'data' },
      says: /^kp: --data \/nonexist: no such folder/,
    },
    {
      name: 'KP_DATA in Swedish',
      args: ['--lang', 'sv'],
      env: { KP_DATA: '/nonexist' },
      says: /^kp: KP_DATA=\/nonexist: mappen finns inte/,
    },
  ] as { name: string; args: string[]; env: Record<string, string>; says: RegExp }[])(
    '$name: exit 66, naming what the user gave',
    async ({ args, env, says }) => {
      const r = await kp(['show', 'Borlänge', ...args], { env });
      expect(r.code).toBe(66);
      expect(r.stderr).toMatch(says);
      expect(r.stderr).not.toMatch(env.KP_DATA && !args.includes('--data') ? /--data/ : /KP_DATA/);
    },
  );

  it('kp validate with KP_DATA names KP_DATA', async () => {
    const r = await kp(['validate'], { env: { KP_DATA: '/nonexist' } });
    expect(r.code).toBe(66);
    expect(r.stderr).toMatch(/^kp: KP_DATA=\/nonexist: no such folder/);
  });

  it.each([
    { spec: 'theme=2,theme=3', says: /"theme=2,theme=3" names a component twice/ },
    { spec: 'theme=2, experience=1, theme=2', says: /"theme=2,theme=2" names a component twice/ },
    { spec: 'size=0,size=0', says: /"size=0,size=0" names a component twice/ },
  ])('--weight $spec: usage error, exit 2', async ({ spec, says }) => {
    const r = await kp(['match', '--country', 'Kenya', '--weight', spec]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(says);
    expect(r.stdout).toBe('');
  });

  it('--weight with each component once still works', async () => {
    const r = await kp([
      'match',
      '--country',
      'Kenya',
      '--weight',
      'theme=2,experience=0.5',
      '--format',
      'json',
    ]);
    expect(r.code, r.stderr).toBe(0);
  });
});

describe('the eligibility note is said once on a terminal (finding 13)', () => {
  const GEORGIA = ['match', '--country', 'Georgien', '--theme', 'jämställdhet', '--lang', 'sv'];
  const NOTE = /Georgien finns inte på ICLD:s nuvarande lista/;
  const count = (s: string) => s.split('\n').filter((l) => NOTE.test(l)).length;

  it.each([
    { name: 'terminal: under the title only', tty: true, extra: [] as string[], stdout: 1, stderr: 0 },
    { name: 'piped: under the title and on stderr', tty: false, extra: [], stdout: 1, stderr: 1 },
    {
      name: 'piped JSON: in query.country and on stderr',
      tty: false,
      extra: ['--format', 'json'],
      stdout: 1,
      stderr: 1,
    },
  ])('$name', async ({ tty, extra, stdout, stderr }) => {
    const r = await kp([...GEORGIA, ...extra, '--no-color'], { tty, env: { COLUMNS: '200' } });
    expect(r.code, r.stderr).toBe(0);
    expect(count(r.stdout)).toBe(stdout);
    expect(count(r.stderr)).toBe(stderr);
  });
});

describe('JSON carries what the table shows, name a string (finding 7)', () => {
  const json = async (args: string[]) => {
    const r = await kp([...args, ...AS_OF, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    return JSON.parse(r.stdout);
  };

  it.each([
    { input: 'Kenya', lang: 'en', kind: 'country', name: 'Kenya', names: { en: 'Kenya', sv: 'Kenya' } },
    {
      input: 'Sydafrika',
      lang: 'en',
      kind: 'country',
      name: 'South Africa',
      names: { en: 'South Africa', sv: 'Sydafrika' },
    },
    {
      input: 'Sydafrika',
      lang: 'sv',
      kind: 'country',
      name: 'Sydafrika',
      names: { en: 'South Africa', sv: 'Sydafrika' },
    },
    {
      input: 'flyktingar',
      lang: 'en',
      kind: 'theme',
      name: 'Refugee inclusion and integration',
      names: { en: 'Refugee inclusion and integration', sv: expect.any(String) },
    },
    { input: 'Borlänge', lang: 'sv', kind: 'municipality', name: 'Borlänge', names: undefined },
    { input: 'Lodwar', lang: 'en', kind: 'partner', name: 'Lodwar', names: undefined },
  ])('kp show $input --lang $lang: kind $kind, name "$name"', async ({ input, lang, kind, name, names }) => {
    const doc = await json(['show', input, '--lang', lang]);
    expect(doc.kind).toBe(kind);
    expect(typeof doc.id).toBe('string');
    expect(doc.name).toBe(name);
    if (names) expect(doc.names).toEqual(names);
  });

  it('kp list municipalities: kp_countries, the KP countries column', async () => {
    const rows = await json(['list', 'municipalities']);
    const borlange = rows.find((m: { id: string }) => m.id === 'borlange');
    expect(borlange.kp_countries).toEqual(expect.arrayContaining(['KE']));
    const csv = (await kp(['list', 'municipalities', ...AS_OF, '--format', 'csv'])).stdout;
    const line = csv.split('\n').find((l) => l.startsWith('Borlänge,'))!;
    for (const c of borlange.kp_countries) expect(line).toContain(c);
    expect(rows.every((m: { kp_countries: unknown }) => Array.isArray(m.kp_countries))).toBe(true);
  });

  it('kp list countries: kp_partnerships (the count the table shows), name a string, names both', async () => {
    const rows = await json(['list', 'countries', '--lang', 'sv']);
    const za = rows.find((c: { id: string }) => c.id === 'ZA');
    expect(za.name).toBe('Sydafrika');
    expect(za.names).toEqual({ en: 'South Africa', sv: 'Sydafrika' });
    const csv = (await kp(['list', 'countries', ...AS_OF, '--format', 'csv'])).stdout;
    const line = csv.split('\n').find((l) => l.startsWith('ZA,'))!;
    expect(line.split(',').at(-1)).toBe(String(za.kp_partnerships));
    expect(za.kp_partnerships).toBeGreaterThan(0);
  });

  it('kp list themes: partnership_count and a name string; kp list partners: swedish_partners', async () => {
    const themes = await json(['list', 'themes']);
    const refugees = themes.find((t: { id: string }) => t.id === 'refugees');
    expect(refugees.name).toBe('Refugee inclusion and integration');
    expect(refugees.partnership_count).toBeGreaterThan(0);
    const partners = await json(['list', 'partners', '--country', 'Kenya']);
    const lodwar = partners.find((p: { id: string }) => p.id === 'lodwar');
    expect(lodwar.swedish_partners).toEqual(expect.arrayContaining([{ id: 'borlange', name: 'Borlänge' }]));
  });

  it('kp list partnerships: party names, recorded status and a derived active', async () => {
    const rows = await json(['list', 'partnerships', '--country', 'Kenya']);
    const network = rows.find(
      (p: { id: string }) => p.id === 'region-vasterbotten-kisumu-county-climate-network',
    );
    expect(network).toMatchObject({
      active: false,
      party_names: ['Region Västerbotten', 'Umeå', 'Kisumu County'],
    });
    const project = rows.find((p: { id: string }) => p.id === 'region-vasterbotten-kisumu-county');
    expect(project).toMatchObject({ status: 'active', active: true });
  });

  it('kp show: each partnership has its recorded status and a derived active', async () => {
    const doc = await json(['show', 'Region Norrbotten']);
    expect(doc.partnerships.length).toBeGreaterThan(0);
    for (const p of doc.partnerships) expect(typeof p.active).toBe('boolean');
    expect(doc.partnerships.some((p: { status?: string }) => p.status === 'active')).toBe(true);
    const za = await json(['show', 'Sydafrika']);
    const ekero = za.swedish_parties.find((s: { id: string }) => s.id === 'ekero');
    expect(ekero.partnerships.every((p: { active: boolean }) => p.active === false)).toBe(true);
  });
});

describe("a candidate's eligibility is the new partnership's, not Sweden's (finding 5)", () => {
  it.each([
    {
      name: 'Georgia (earlier list)',
      args: ['--country', 'Georgia', '--theme', 'gender equality'],
      eligible: false,
    },
    { name: 'Germany (never)', args: ['--country', 'Germany'], eligible: false },
    { name: 'Kenya (current)', args: ['--country', 'Kenya', '--theme', 'refugees'], eligible: true },
    { name: 'from Lodwar (Kenya)', args: ['--from', 'Lodwar'], eligible: true },
  ])('kp match $name: every candidate eligible = query.country.eligible', async ({ args, eligible }) => {
    const r = await kp(['match', ...args, ...AS_OF, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.query.country.eligible).toBe(eligible);
    expect(doc.candidates.length).toBeGreaterThan(0);
    for (const c of doc.candidates) expect(c.eligible, c.name).toBe(eligible);
  });

  it.each([
    {
      lang: 'en',
      header: "country on ICLD's current list",
      no: 'no',
      note: /Georgia is not on ICLD's current list/,
    },
    {
      lang: 'sv',
      header: 'landet på ICLD:s nuvarande lista',
      no: 'nej',
      note: /Georgien finns inte på ICLD:s nuvarande lista/,
    },
  ])(
    'CSV ($lang): the column reads $no on every row, the note says why',
    async ({ lang, header, no, note }) => {
      const r = await kp([
        'match',
        '--country',
        'Georgia',
        '--theme',
        'gender equality',
        '--lang',
        lang,
        ...AS_OF,
        '--format',
        'json',
      ]);
      const n = JSON.parse(r.stdout).candidates.length;
      const csv = await kp([
        'match',
        '--country',
        'Georgia',
        '--theme',
        'gender equality',
        '--lang',
        lang,
        ...AS_OF,
        '--format',
        'csv',
      ]);
      const rows: string[][] = parse(csv.stdout);
      const col = rows[0]!.indexOf(header);
      const noteCol = rows[0]!.length - 1;
      expect(col).toBeGreaterThan(0);
      const ranked = rows.slice(1, 1 + n);
      expect(ranked.length).toBe(n);
      for (const row of ranked) {
        expect(row[col]).toBe(no);
        expect(row[noteCol]).toMatch(note);
      }
    },
  );

  it('the table flags no Swedish row with * (the line under the title says it once)', async () => {
    const r = await kp([
      'match',
      '--country',
      'Georgia',
      '--theme',
      'gender equality',
      ...AS_OF,
      '--format',
      'md',
    ]);
    expect(r.stdout).toMatch(/^> Georgia is not on ICLD's current list/m);
    expect(r.stdout).not.toMatch(/\\\*/);
  });

  it('abroad, candidates off the list are still flagged *', async () => {
    const r = await kp(['match', '--from', 'Ekerö', '--country', 'Georgia', ...AS_OF, '--format', 'md']);
    expect(r.stdout).toMatch(/\| [^|]+\\\* \|/);
    expect(r.stdout).toMatch(/\\\* country not on ICLD's current list/);
  });
});

describe('ended relations are not presented as current (finding 3)', () => {
  const reasonsOf = async (args: string[], name: string, lang = 'en') => {
    const r = await kp(['match', ...args, ...AS_OF, '--lang', lang, '--limit', '30', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const c = JSON.parse(r.stdout).candidates.find((x: { name: string }) => x.name === name);
    expect(c, name).toBeDefined();
    return (c.reasons as string[]).join('; ');
  };

  it.each([
    { name: 'Umeå', lang: 'en', works: 'works with', worked: 'worked with', network: 'network' },
    {
      name: 'Region Västerbotten',
      lang: 'en',
      works: 'works with',
      worked: 'worked with',
      network: 'network',
    },
    { name: 'Umeå', lang: 'sv', works: 'samarbetar med', worked: 'samarbetade med', network: 'nätverk' },
  ])(
    '$name ($lang): the running project and the ended network round apart',
    async ({ name, lang, works, worked, network }) => {
      const text = await reasonsOf(['--country', 'Kenya', '--theme', 'refugees'], name, lang);
      const reason = text.split('; ').findIndex((r) => r.includes(works));
      const [now, then] = text.slice(text.indexOf(works)).split(worked) as [string, string];
      expect(reason).toBeGreaterThanOrEqual(0);
      expect(now).toContain('Kisumu County, Kenya (projekt)');
      expect(now).not.toContain('2022–2025');
      expect(then).toContain(`Kisumu County, Kenya (${network}, 2022–2025)`);
    },
  );

  it('no "works with" reason on any shown row names an end year before the as-of year', async () => {
    for (const country of ['Kenya', 'South Africa', 'Ukraine', 'Botswana']) {
      const r = await kp(['match', '--country', country, ...AS_OF, '--limit', '40', '--format', 'json']);
      for (const c of JSON.parse(r.stdout).candidates)
        for (const reason of c.reasons as string[]) {
          const works = /works with (.*?)(?:; worked with|$)/.exec(reason)?.[1] ?? '';
          for (const [, end] of works.matchAll(/\d{4}–(\d{4})\)/g))
            expect(Number(end), `${c.name}: ${reason}`).toBeGreaterThanOrEqual(2026);
        }
    }
  });
});

describe('CSV: partnerships in the country marked active or ended (finding 3)', () => {
  it.each([
    {
      lang: 'en',
      header: 'partnerships in the country',
      expected: ['Kisumu County (projekt, active)', 'Kisumu County (network, 2022–2025, ended)'],
    },
    {
      lang: 'sv',
      header: 'partnerskap i landet',
      expected: ['Kisumu County (projekt, pågår)', 'Kisumu County (nätverk, 2022–2025, avslutat)'],
    },
  ])('Umeå for Kenya ($lang)', async ({ lang, header, expected }) => {
    const r = await kp([
      'match',
      '--country',
      'Kenya',
      '--theme',
      'refugees',
      '--lang',
      lang,
      ...AS_OF,
      '-f',
      'csv',
    ]);
    const rows: string[][] = parse(r.stdout);
    const col = rows[0]!.indexOf(header);
    const umea = rows.find((row) => row[1] === 'Umeå')!;
    for (const e of expected) expect(umea[col]).toContain(e);
  });
});

describe('current partners and earlier partners are said apart (finding 3)', () => {
  it.each([
    {
      // Hangzhou too: China is off ICLD's list, but the partnership was real.
      name: 'Lund (Francistown ended 2024; Hangzhou, förberedelse 2010)',
      args: ['--from', 'Lund'],
      earlier: ['Francistown', 'Hangzhou'],
      current: [] as string[],
    },
    { name: 'Lodwar (Borlänge, 2018)', args: ['--from', 'Lodwar'], earlier: ['Borlänge'], current: [] },
    {
      name: 'Ekerö in Georgia (Kutaisi, 2019)',
      args: ['--from', 'Ekerö', '--country', 'Georgia'],
      earlier: ['Kutaisi'],
      current: [],
    },
  ])('$name', async ({ args, earlier, current }) => {
    const j = JSON.parse((await kp(['match', ...args, ...AS_OF, '--format', 'json'])).stdout);
    const by = (active: boolean) =>
      j.existing.filter((e: { active: boolean }) => e.active === active).map((e: { name: string }) => e.name);
    expect(by(false)).toEqual(earlier);
    expect(by(true)).toEqual(current);
    for (const e of j.existing) expect(e.partnerships.length).toBeGreaterThan(0);
    const md = (await kp(['match', ...args, ...AS_OF, '--format', 'md'])).stdout;
    expect(md).toMatch(new RegExp(`^Earlier partners \\(not ranked\\): ${earlier[0]} \\(`, 'm'));
    expect(md).not.toMatch(/Current partners|Already partners/);
  });

  it('a running KP partnership is a current partner; CSV and Swedish say which', async () => {
    // Falkenberg–Bergrivier runs in 2026 (South Africa).
    const j = JSON.parse((await kp(['match', '--from', 'Falkenberg', ...AS_OF, '--format', 'json'])).stdout);
    const current = j.existing.filter((e: { active: boolean }) => e.active);
    expect(current.length).toBeGreaterThan(0);
    const md = (await kp(['match', '--from', 'Falkenberg', ...AS_OF, '--format', 'md', '--lang', 'sv']))
      .stdout;
    expect(md).toMatch(new RegExp(`^Nuvarande partner \\(ej rangordnade\\): ${current[0].name}`, 'm'));
    const csv: string[][] = parse(
      (await kp(['match', '--from', 'Falkenberg', ...AS_OF, '-f', 'csv'])).stdout,
    );
    const row = csv.find((r) => r[1] === current[0].name)!;
    expect(row[0]).toBe('');
    expect(row.at(-1)).toMatch(/^current partner \(not ranked\)/);
    const lund: string[][] = parse((await kp(['match', '--from', 'Lund', ...AS_OF, '-f', 'csv'])).stdout);
    expect(lund.find((r) => r[1] === 'Francistown')!.at(-1)).toMatch(
      /^earlier partner \(not ranked\): .*2024/,
    );
  });
});

describe('kp show COUNTRY says who is active there and who was (finding 3)', () => {
  it.each([
    { lang: 'en', line: /^ {4}Falkenberg: .*\(projekt, 2022–2026, active\)$/m },
    { lang: 'en', line: /^ {4}Åmål: Bergrivier \(network, 2021–2024, ended\)$/m },
    { lang: 'en', line: /^ {4}Ekerö: Cape Agulhas \(network, 2022–2025, ended\)$/m },
    { lang: 'sv', line: /^ {4}Åmål: Bergrivier \(nätverk, 2021–2024, avslutat\)$/m },
  ])('kp show Sydafrika --lang $lang: $line', async ({ lang, line }) => {
    const r = await kp(['show', 'Sydafrika', ...AS_OF, '--lang', lang], { env: { COLUMNS: '200' } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(line);
  });
});
