// The CLI in-process: exit codes, stdout/stderr, the JSON contract, errors that help.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandIn } from '../../src/program.js';
import { FIXTURES, kp } from '../helpers.js';

describe('global', () => {
  // Only the named command is defined (start-up); the rest when none or an unknown one is named.
  it.each([
    { argv: ['match', '--country', 'Kenya'], expected: 'match' },
    { argv: ['--data', 'match', 'list'], expected: 'list' },
    { argv: ['-q', '--no-color', 'show', 'Ale'], expected: 'show' },
    { argv: ['--data=dir', 'validate'], expected: 'validate' },
    { argv: ['--help'], expected: undefined },
    { argv: [], expected: undefined },
  ])('finds the command in $argv', ({ argv, expected }) => {
    expect(commandIn(argv)).toBe(expected);
  });

  it('still suggests a command for a typo, and lists them all in help', async () => {
    const typo = await kp(['mtach']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/Did you mean match\?/);
    const help = await kp(['--help']);
    for (const c of ['match', 'ask', 'validate', 'list', 'show'])
      expect(help.stdout).toMatch(new RegExp(`\\b${c}\\b`));
  });

  it.each([
    { args: ['--version'], code: 0, out: /^\d+\.\d+\.\d+\n$/ },
    { args: ['--help'], code: 0, out: /Examples:\n {2}kp match --country Kenya --theme refugees/ },
    { args: ['match', '--help'], code: 0, out: /--weight/ },
    { args: [], code: 0, out: /Usage: kp/ },
  ])('kp $args', async ({ args, code, out }) => {
    const r = await kp(args);
    expect(r.code).toBe(code);
    expect(r.stdout + r.stderr).toMatch(out);
  });

  it.each([
    { args: ['lis'], err: /unknown command 'lis'[\s\S]*Did you mean list\?/ },
    { args: ['match', '--contry', 'Kenya'], err: /unknown option '--contry'[\s\S]*Did you mean --country\?/ },
    { args: ['match', '--country'], err: /argument missing/ },
    { args: ['list', 'municipalities', '--format', 'xml'], err: /is not one of: table, json, csv, md/ },
    { args: ['match', '--country', 'Kenya', '--theme', ''], err: /--theme is empty/ },
    { args: ['match', '--country', 'Kenya', '--theme', ' , '], err: /--theme is empty/ },
    { args: ['match', '--country', 'K'], err: /too short/ },
    { args: ['match'], err: /say who is asking: --country/ },
    { args: ['match', '--country', 'Kenya', '--limit', '0'], err: /--limit takes a whole number/ },
    { args: ['match', '--country', 'Kenya', '--weight', 'colour=3'], err: /"colour" is not a component/ },
    {
      args: ['match', '--from', 'Lodwar', '--country', 'Uganda'],
      err: /conflicts with --from Lodwar, which is in Kenya/,
    },
    {
      args: ['match', '--country', 'Kenya', '--excel', '--format', 'md'],
      err: /--excel applies to --format csv, not md/,
    },
    { args: ['list', 'cities'], err: /cannot list "cities": choose municipalities, partners/ },
    // Names every object has: not kinds, however a lookup table is built.
    { args: ['list', 'toString'], err: /cannot list "toString": choose municipalities, partners/ },
    { args: ['list', 'constructor'], err: /cannot list "constructor": choose municipalities/ },
    { args: ['list', 'countries', '--theme', 'waste'], err: /--theme does not apply/ },
    {
      args: ['list', 'municipalities', '--status', 'busy'],
      err: /--status for municipalities is one of active, former, interested, none/,
    },
    {
      args: ['show', 'Habö'],
      err: /could mean several records[\s\S]*Habo \(municipality, Jönköpings län; id habo\)[\s\S]*Håbo/,
    },
  ])('usage error: kp $args', async ({ args, err }) => {
    const r = await kp(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(err);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});

describe('kp match', () => {
  it('Narnia: exit 2 with the nearest countries', async () => {
    const r = await kp(['match', '--country', 'Narnia']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no country matches "Narnia"/);
  });

  // The nearest names are listed as the reader knows them: Swedish names under --lang sv.
  it.each([
    {
      lang: 'en',
      args: ['--country', 'Narnia'],
      lines: ['  Albania (country; id AL)', '  Lithuania (country; id LT)'],
    },
    {
      lang: 'sv',
      args: ['--country', 'Narnia'],
      lines: ['  Albanien (land; id AL)', '  Litauen (land; id LT)'],
    },
    {
      lang: 'sv',
      args: ['--country', 'Kenya', '--theme', 'transprt'],
      lines: ['kp: inget tema matchar "transprt". Närmast:', '  Transparens (tema; id transparency)'],
    },
    {
      lang: 'sv',
      args: ['--from', 'Lusaka Town'],
      lines: ['kp: ingen part matchar "Lusaka Town" (se `kp list municipalities`)'],
    },
    {
      lang: 'en',
      args: ['--from', 'Lusaka Town'],
      lines: ['kp: no party matches "Lusaka Town" (see `kp list municipalities`)'],
    },
  ])('the nearest names in $lang for $args', async ({ lang, args, lines }) => {
    const r = await kp(['match', ...args, '--lang', lang]);
    expect(r.code).toBe(2);
    for (const line of lines) expect(r.stderr.split('\n')).toContain(line);
  });

  it('resolves Kenia and flyktingar and says so on stderr', async () => {
    const r = await kp(['match', '--country', 'Kenia', '--theme', 'flyktingar']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('country: Kenia → Kenya (closest match)');
    expect(r.stderr).toContain('theme: flyktingar → Refugee inclusion');
    expect(r.stdout.split('\n').find((l) => /^ ?1\./.test(l))).toMatch(/^ ?1\. Borlänge/);
  });

  it('prints the JSON contract', async () => {
    const r = await kp([
      'match',
      '--country',
      'Kenya',
      '--theme',
      'refugees,gender equality',
      '--format',
      'json',
      '--limit',
      '3',
    ]);
    const doc = JSON.parse(r.stdout);
    expect(doc.query.country).toEqual({
      code: 'KE',
      name: 'Kenya',
      eligible: true,
      eligibility: 'current',
      note: "Kenya is on ICLD's current list of partner countries.",
    });
    expect(doc.query.themes.map((t: { id: string }) => t.id)).toEqual(['refugees', 'gender-equality']);
    expect(doc.query.from).toBeNull();
    expect(doc.candidates).toHaveLength(3);
    const c = doc.candidates[0];
    expect(Object.keys(c)).toEqual(
      expect.arrayContaining(['rank', 'id', 'name', 'kind', 'country', 'score', 'components', 'reasons']),
    );
    expect(c).toMatchObject({
      rank: 1,
      id: 'borlange',
      name: 'Borlänge',
      kind: 'municipality',
      country: 'SE',
    });
    expect(c.reasons.join('\n')).toMatch(/worked with Lodwar, Kenya/);
    expect(Object.keys(c.components)).toEqual([
      'theme',
      'country',
      'region',
      'experience',
      'capacity',
      'seeking',
      'size',
      'diaspora',
      'nearby',
    ]);
  });

  it('--from a municipality abroad uses its country and own themes, and flags the existing pair', async () => {
    const r = await kp(['match', '--from', 'Lodwar', '--format', 'json']);
    const doc = JSON.parse(r.stdout);
    expect(doc.query.country.code).toBe('KE');
    expect(doc.query.themes_from_profile).toBe(true);
    expect(doc.existing.map((e: { name: string }) => e.name)).toEqual(['Borlänge']);
    expect(doc.candidates.map((c: { name: string }) => c.name)).not.toContain('Borlänge');
  });

  it('--from a Swedish party ranks partners abroad in eligible countries', async () => {
    const r = await kp([
      'match',
      '--from',
      'Ekerö',
      '--theme',
      'citizen dialogue',
      '--format',
      'json',
      '--limit',
      '50',
    ]);
    const doc = JSON.parse(r.stdout);
    expect(doc.query.direction).toBe('abroad');
    expect(doc.candidates.every((c: { eligible: boolean }) => c.eligible)).toBe(true);
    expect(doc.existing.map((e: { name: string }) => e.name)).toContain('Cape Agulhas');
  });

  it('--format md is a Markdown table', async () => {
    const r = await kp([
      'match',
      '--country',
      'Kenya',
      '--theme',
      'refugees',
      '--format',
      'md',
      '--limit',
      '2',
    ]);
    expect(r.stdout.split('\n').slice(2, 5)).toEqual([
      '| # | Name | Where | Score | Why |',
      '|---:|---|---|---:|---|',
      expect.stringMatching(
        /^\| 1 \| Borlänge \| Sweden, Dalarnas län \| \d+\.\d \| shares themes: refugee inclusion/,
      ),
    ]);
  });

  it('--lang sv uses Swedish labels', async () => {
    const r = await kp([
      'match',
      '--country',
      'Kenya',
      '--theme',
      'refugees',
      '--lang',
      'sv',
      '--limit',
      '1',
    ]);
    expect(r.stdout).toMatch(/Svenska parter för en kommun i Kenya · teman: /);
    expect(r.stdout).toMatch(/delar teman:/);
  });

  it('the table fits 100 columns, counting å, ä, ö as one', async () => {
    const r = await kp(['match', '--country', 'Uganda', '--theme', 'youth participation', '--explain']);
    for (const line of r.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(100);
  });

  it('--explain shows the points per component', async () => {
    const r = await kp(['match', '--country', 'Kenya', '--theme', 'refugees', '--explain', '--limit', '1']);
    expect(r.stdout).toMatch(/= theme \d+\.\d \+ country \d+\.\d/);
    expect(r.stdout).toMatch(/Weights: theme 50/);
  });
});

describe('kp show', () => {
  it.each([
    { input: ['Tblisi'], kind: 'partner', name: 'Tbilisi' },
    { input: ['Gothenburg'], kind: 'municipality', name: 'Göteborg' },
    { input: ['Habo'], kind: 'municipality', name: 'Habo' },
    { input: ['Håbo'], kind: 'municipality', name: 'Håbo' },
    { input: ['Region', 'Västerbotten'], kind: 'region', name: 'Region Västerbotten' },
    // name is a string like every other kind's; both languages are in names.
    { input: ['Kenya'], kind: 'country', name: 'Kenya' },
    { input: ['flyktingar'], kind: 'theme', name: expect.stringMatching(/^Refugee/) },
  ])('$input', async ({ input, kind, name }) => {
    const r = await kp(['show', ...input, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ kind, name });
  });

  it('Tblisi shows Tbilisi with its Swedish partner, and says how it read the name', async () => {
    const r = await kp(['show', 'Tblisi']);
    expect(r.stderr).toContain('Tblisi → Tbilisi');
    expect(r.stdout).toMatch(/^Tbilisi — Georgia/);
    expect(r.stdout).toMatch(/Skövde/);
  });

  it('a country lists who is active there', async () => {
    const r = await kp(['show', 'Kenya']);
    expect(r.stdout).toMatch(/Borlänge: Lodwar/);
  });
});

describe('kp list', () => {
  it('municipalities --format json has every Swedish municipality', async () => {
    const r = await kp(['list', 'municipalities', '--format', 'json']);
    const rows = JSON.parse(r.stdout) as Array<{ kind: string }>;
    expect(rows.filter((m) => m.kind === 'municipality')).toHaveLength(290);
  });

  it('municipalities --country Kenya lists who has worked there', async () => {
    const r = await kp(['list', 'municipalities', '--country', 'Kenya', '--format', 'json']);
    const names = (JSON.parse(r.stdout) as Array<{ name: string }>).map((m) => m.name);
    expect(names).toEqual(expect.arrayContaining(['Borlänge', 'Robertsfors', 'Umeå', 'Region Västerbotten']));
    expect(names).not.toContain('Habo');
  });

  it('sorts by Swedish collation', async () => {
    const r = await kp(['list', 'municipalities', '--format', 'json']);
    const names = (JSON.parse(r.stdout) as Array<{ name: string }>).map((m) => m.name);
    expect(names.indexOf('Åre')).toBeGreaterThan(names.indexOf('Ystad'));
    expect(names.indexOf('Åre')).toBeLessThan(names.indexOf('Älmhult'));
  });

  it.each([
    ['partners', '--status', 'seeking'],
    ['countries', '--status', 'eligible'],
    ['themes'],
    ['partnerships', '--theme', 'waste'],
  ])('%s %s %s', async (...args) => {
    const r = await kp(['list', ...args.filter(Boolean)]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n').length).toBeGreaterThan(3);
  });
});

describe('kp validate', () => {
  it('reports the loaded counts', async () => {
    const r = await kp(['validate']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/290 municipalities, 21 regions/);
  });

  it('reports every problem with file:line:col and exits 65', async () => {
    const dir = join(FIXTURES, 'invalid', 'unknown-theme');
    // The invalid folders hold only the changed file; validate a full copy instead.
    const { mkdtempSync, cpSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const copy = mkdtempSync(join(tmpdir(), 'kp-cli-'));
    cpSync(join(FIXTURES, 'valid'), copy, { recursive: true });
    cpSync(dir, copy, { recursive: true });
    const r = await kp(['validate', '--data', copy]);
    expect(r.code).toBe(65);
    expect(r.stderr).toMatch(
      /partnerships\.yaml:8:12 UNKNOWN_THEME borlange-lodwar: theme "refugess" does not exist \(did you mean "refugees"\?\)/,
    );
    expect(r.stdout).toBe('');
  });

  it('--data via KP_DATA', async () => {
    const r = await kp(['validate'], { env: { KP_DATA: join(FIXTURES, 'valid') } });
    expect(r.stdout).toMatch(/6 municipalities/);
  });
});

describe('colour', () => {
  it.each([
    { name: 'on a terminal', tty: true, env: {}, coloured: true },
    { name: 'NO_COLOR', tty: true, env: { NO_COLOR: '1' }, coloured: false },
    { name: 'not a terminal', tty: false, env: {}, coloured: false },
    { name: 'TERM=dumb', tty: true, env: { TERM: 'dumb' }, coloured: false },
  ] as Array<{ name: string; tty: boolean; env: Record<string, string>; coloured: boolean }>)(
    '$name',
    async ({ tty, env, coloured }) => {
      const r = await kp(['match', '--country', 'Kenya', '--theme', 'refugees', '--limit', '1'], {
        tty,
        env,
      });
      expect(/\u001b\[/.test(r.stdout)).toBe(coloured);
    },
  );

  it('--no-color', async () => {
    const r = await kp(['--no-color', 'show', 'Kenya'], { tty: true });
    expect(/\u001b\[/.test(r.stdout)).toBe(false);
  });
});

describe('unexpected failures', () => {
  it('exit 1 with "report it", and the stack only with --debug', async () => {
    const { report } = await import('../../src/run.js');
    const { buffer } = await import('../helpers.js');
    for (const debug of [false, true]) {
      const err = buffer();
      const io = { stdout: buffer().stream, stderr: err.stream, stdin: {}, env: {}, cwd: '/' };
      expect(report(new TypeError('boom'), io, debug)).toBe(1);
      expect(err.text()).toMatch(/^kp: unexpected error: boom\n/);
      expect(/\n\s+at /.test(err.text())).toBe(debug);
      if (!debug) expect(err.text()).toMatch(/please report it/);
    }
  });
});

describe('several problems at once (issue 2, "Done when")', () => {
  it('a syntax error, an unknown country, an unknown theme and a duplicate id: one line each, exit 65', async () => {
    const { mkdtempSync, cpSync, readFileSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { DATA } = await import('../helpers.js');
    const dir = mkdtempSync(join(tmpdir(), 'kp-many-'));
    cpSync(DATA, dir, { recursive: true });
    const edit = (file: string, from: string | RegExp, to: string | ((m: string) => string)) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const next = typeof to === 'string' ? text.replace(from, to) : text.replace(from, to);
      expect(next).not.toBe(text);
      writeFileSync(join(dir, file), next);
    };
    edit('municipalities.yaml', /interests: \[refugees/, 'interests: [refugees, {');
    edit('partners.yaml', /- id: lodwar\n(.*\n)*? {2}country: KE/, (m) =>
      m.replace('country: KE', 'country: KN'),
    );
    edit('partnerships.yaml', 'themes: [refugees, local-democracy', 'themes: [refugess, local-democracy');
    writeFileSync(
      join(dir, 'themes.yaml'),
      `${readFileSync(join(dir, 'themes.yaml'), 'utf8')}\n- id: refugees\n  label: {en: Refugees again, sv: Flyktingar igen}\n`,
    );
    const r = await kp(['validate', '--data', dir]);
    expect(r.code).toBe(65);
    const lines = r.stderr.trim().split('\n').slice(1);
    expect(lines).toHaveLength(4);
    expect(lines.map((l) => l.replace(/^.*?\/(\w+\.yaml:\d+:\d+) (\w+).*$/, '$1 $2'))).toEqual([
      expect.stringMatching(/^municipalities\.yaml:\d+:\d+ YAML_SYNTAX$/),
      expect.stringMatching(/^partners\.yaml:\d+:\d+ UNKNOWN_COUNTRY$/),
      expect.stringMatching(/^partnerships\.yaml:\d+:\d+ UNKNOWN_THEME$/),
      expect.stringMatching(/^themes\.yaml:\d+:\d+ DUPLICATE_ID$/),
    ]);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
