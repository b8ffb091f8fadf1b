// Answers a programme officer can trust (issue 14), end to end through the CLI: official names,
// strict fuzzy matching, eligibility of the country, status as of a year, weights, reasons.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kp, ROOT } from '../helpers.js';

const json = async (args: string[]) => {
  const r = await kp([...args, '--format', 'json']);
  expect(r.code, r.stderr).toBe(0);
  return { doc: JSON.parse(r.stdout), stderr: r.stderr };
};

describe('official names resolve', () => {
  it.each([
    ['Lunds kommun', 'Lund'],
    ['Ystads kommun', 'Ystad'],
    ['Falköpings kommun', 'Falköping'],
    ['Karlstads kommun', 'Karlstad'],
    ['Sundsvalls kommun', 'Sundsvall'],
    ['Göteborgs stad', 'Göteborg'],
    ['Stockholms stad', 'Stockholm'],
    ['Region Skåne län', 'Region Skåne'],
    ['Västra Götalandsregionen', 'Västra Götalandsregionen'],
    ['VGR', 'Västra Götalandsregionen'],
    ['Falu kommun', 'Falun'],
    ['lunds KOMMUN', 'Lund'],
    ['Falkopings kommun', 'Falköping'],
  ])('kp show "%s" → %s', async (input, name) => {
    const { doc } = await json(['show', input]);
    expect(doc.name).toBe(name);
  });

  it.each([
    ['--from', 'Ystads kommun', 'Ystad'],
    ['--from', 'Göteborgs stad', 'Göteborg'],
  ])('kp match %s "%s" → %s', async (flag, input, name) => {
    const { doc } = await json(['match', flag, input, '--theme', 'waste']);
    expect(doc.query.from.name).toBe(name);
  });
});

describe('whole words and prefixes beat fuzzy similarity', () => {
  it.each([
    ['planning', 'urban-planning'],
    ['finance', 'municipal-finance'],
  ])('--theme %s → %s', async (input, id) => {
    const { doc, stderr } = await json(['match', '--country', 'Kenya', '--theme', input]);
    expect(doc.query.themes.map((t: { id: string }) => t.id)).toEqual([id]);
    expect(stderr).not.toMatch(/closest match/);
  });

  it.each(['VGR', 'Gulu'])('--country %s is a usage error listing candidates, not a guess', async (input) => {
    const r = await kp(['match', '--country', input]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^kp: no country matches "${input}"`));
    expect(r.stdout).toBe('');
  });
});

describe('countries outside the programme are said to be so', () => {
  it.each([
    { country: 'Germany', eligibility: 'never', said: /Germany has never been on ICLD's list/ },
    { country: 'Bulgaria', eligibility: 'never', said: /Bulgaria has never been/ },
    {
      country: 'Belarus',
      eligibility: 'earlier',
      said: /Belarus is not on ICLD's current list .* earlier one/,
    },
    {
      country: 'Georgien',
      eligibility: 'earlier',
      said: /Georgia is not on ICLD's current list .* earlier one/,
    },
    { country: 'Kenya', eligibility: 'current', said: /Kenya is on ICLD's current list/ },
  ])('$country: $eligibility, on stderr, in JSON, the table and Markdown', async (c) => {
    const args = ['match', '--country', c.country, '--theme', 'waste'];
    const { doc, stderr } = await json(args);
    expect(doc.query.country).toMatchObject({
      eligible: c.eligibility === 'current',
      eligibility: c.eligibility,
      note: expect.stringMatching(c.said),
    });
    const table = await kp(args);
    const md = await kp([...args, '--format', 'md']);
    if (c.eligibility === 'current') {
      // Nothing to warn about: no note, and the table starts with its title and the header row.
      expect(stderr).not.toMatch(/ICLD/);
      expect(table.stdout.split('\n')[1]).toBe('');
    } else {
      expect(stderr).toMatch(c.said);
      expect(table.stdout.split('\n').slice(1, 3).join(' ')).toMatch(c.said);
      expect(md.stdout).toMatch(new RegExp(`\\n> ${c.said.source}`));
      const csv = await kp([...args, '--format', 'csv']);
      expect(csv.stdout.split('\n')[1]).toMatch(c.said);
    }
  });

  it('Georgia, on an earlier list: the experience is still ranked (Tbilisi finds Skövde)', async () => {
    const { doc } = await json(['match', '--country', 'Georgien']);
    expect(doc.candidates.slice(0, 3).map((c: { name: string }) => c.name)).toContain('Skövde');
  });

  it('says it in Swedish with --lang sv', async () => {
    const { doc, stderr } = await json(['match', '--country', 'Tyskland', '--lang', 'sv']);
    expect(doc.query.country.note).toMatch(/^Tyskland har aldrig funnits på ICLD:s lista/);
    expect(stderr).toMatch(/Tyskland har aldrig funnits/);
  });
});

describe('status as of a year (--as-of)', () => {
  const ended = ['Åmål – Bergrivier', 'Ovanåker – Overstrand', 'Lund – Francistown', 'Ekerö – Cape Agulhas'];
  it('kp list partnerships --status active --as-of 2026: nothing that ended before 2026', async () => {
    const r = await kp(['list', 'partnerships', '--status', 'active', '--as-of', '2026', '--format', 'json']);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as { end?: number; parties: string[] }[];
    expect(rows.length).toBeGreaterThan(5);
    for (const p of rows) if (p.end !== undefined) expect(p.end).toBeGreaterThanOrEqual(2026);
    // Wide enough that no name wraps: a name missing from the table is then a row missing.
    const wide = { env: { COLUMNS: '200' } };
    const table = await kp(['list', 'partnerships', '--status', 'active', '--as-of', '2026'], wide);
    for (const pair of ended) expect(table.stdout).not.toContain(pair);
    // The same data as of 2024: those were running then.
    const then = await kp(['list', 'partnerships', '--status', 'active', '--as-of', '2024'], wide);
    for (const pair of ended) expect(then.stdout).toContain(pair);
    const ending = await kp(['list', 'partnerships', '--status', 'ended', '--as-of', '2026'], wide);
    for (const pair of ended) expect(ending.stdout).toMatch(new RegExp(`${pair} .* ended `));
  });

  it.each([
    { year: '2026', status: 'former' },
    { year: '2023', status: 'active' },
  ])('Lund as of $year: $status (its partnership with Francistown ended in 2024)', async (c) => {
    const { doc } = await json(['show', 'Lund', '--as-of', c.year]);
    expect(doc.status).toBe(c.status);
  });

  it('reasons say "worked with" for what has ended and "works with" for what runs', async () => {
    const { doc } = await json(['match', '--country', 'Kenya', '--theme', 'refugees', '--as-of', '2026']);
    const reasons = (name: string) =>
      doc.candidates.find((c: { name: string }) => c.name === name).reasons.join(' | ');
    expect(reasons('Borlänge')).toMatch(/worked with Lodwar, Kenya \(projekt, 2018–\)/);
    expect(reasons('Umeå')).toMatch(
      // The project runs; the network round (2022–2025) and Kajiado (2016–2019) have ended.
      /works with Kisumu County, Kenya \(projekt\); worked with Kisumu County, Kenya \(network, 2022–2025\); Kajiado County, Kenya \(projekt, 2016–2019\)/,
    );
    expect(doc.query.as_of).toBe(2026);
  });

  // As of an earlier year, a relation that begins later is not there yet: no evidence, no
  // earlier partner, no reason, not in `kp show` or `kp list`.
  it('as of 2017, Borlänge–Lodwar of 2018 is no reason and no points', async () => {
    const then = await json(['match', '--country', 'Kenya', '--theme', 'refugees', '--as-of', '2017']);
    const now = await json(['match', '--country', 'Kenya', '--theme', 'refugees', '--as-of', '2026']);
    const borlange = (doc: {
      candidates: { name: string; reasons: string[]; components: { country: number } }[];
    }) => doc.candidates.find((c) => c.name === 'Borlänge')!;
    expect(borlange(then.doc).reasons.join(' | ')).not.toMatch(/2018/);
    expect(borlange(now.doc).reasons.join(' | ')).toMatch(/Lodwar, Kenya \(projekt, 2018–\)/);
    const show = await kp(['show', 'Kenya', '--as-of', '2017']);
    expect(show.stdout).toMatch(/Borlänge: Lodwar \(projekt, ended\)/);
    const list = await json(['list', 'partnerships', '--country', 'Kenya', '--as-of', '2017']);
    expect(list.doc.map((p: { id: string }) => p.id)).not.toContain('borlange-lodwar-2018');
  });

  it('as of 2018, Ekerö has no earlier partner from 2019 or 2022', async () => {
    const { doc } = await json(['match', '--from', 'Ekerö', '--as-of', '2018', '--include-ineligible']);
    const rows = doc.existing.flatMap((e: { partnerships: string[] }) => e.partnerships);
    const { doc: all } = await json(['list', 'partnerships']);
    const start = new Map(all.map((p: { id: string; start?: number }) => [p.id, p.start]));
    for (const row of rows) expect(start.get(row) ?? 0).toBeLessThanOrEqual(2018);
  });

  it("a current partner is shown with what runs, not with the pair's rounds that ended", async () => {
    const table = await kp(['match', '--from', 'Kisumu', '--as-of', '2026']);
    const line = table.stdout.split('\n').find((l) => l.startsWith('Current partners'))!;
    expect(line).toMatch(/Region Västerbotten \(projekt\), Umeå \(projekt\)/);
    expect(line).not.toMatch(/2022–2025/);
    const csv = await kp(['match', '--from', 'Kisumu', '--as-of', '2026', '--format', 'csv']);
    expect(csv.stdout).toMatch(/Umeå,.*current partner \(not ranked\): projekt\r?\n/);
  });

  it("an earlier partner in a country off ICLD's list is still listed (Lund–Hangzhou)", async () => {
    const ids = async (args: string[]) =>
      (await json(['match', '--from', 'Lund', ...args])).doc.existing.map((e: { id: string }) => e.id);
    expect(await ids([])).toEqual(expect.arrayContaining(['francistown', 'hangzhou']));
    expect(await ids(['--include-ineligible'])).toEqual(await ids([]));
    // Asked for one country, the partners listed are those there.
    expect(await ids(['--country', 'Botswana'])).toEqual(['francistown']);
  });

  it.each(['20x', '1800', '26'])('--as-of %s is a usage error', async (year) => {
    const r = await kp(['show', 'Lund', '--as-of', year]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--as-of takes a year such as 2026/);
  });
});

describe('every documented --weight example does what its words say', () => {
  // Every "--weight SPEC" in the README, kp match --help, kp ask --help and kp ask's hint.
  const documented = async () => {
    const texts = [
      readFileSync(join(ROOT, 'README.md'), 'utf8'),
      (await kp(['match', '--help'])).stdout,
      (await kp(['ask', '--help'])).stdout,
      (await kp(['ask'], { tty: false })).stderr,
    ];
    const specs = texts.flatMap((t) =>
      [...t.matchAll(/(?:--weight|-w)[ ,`]+([a-z]+=[\d.]+(?:,[a-z]+=[\d.]+)*)/g)].map((m) => m[1]!),
    );
    return [...new Set(specs)];
  };

  it('finds the examples', async () => {
    expect(await documented()).toEqual(expect.arrayContaining(['theme=2,experience=0.5', 'theme=2']));
  });

  it("each: a multiplier above 1 raises that component's share of the points, below 1 lowers it", async () => {
    const args = ['match', '--country', 'Kenya', '--theme', 'refugees'];
    const share = (doc: { query: { weights: Record<string, number>; applied: string[] } }, c: string) =>
      doc.query.weights[c]! / doc.query.applied.reduce((s, k) => s + doc.query.weights[k]!, 0);
    const base = (await json(args)).doc;
    for (const spec of await documented()) {
      const { doc } = await json([...args, '--weight', spec]);
      for (const part of spec.split(',')) {
        const [c, x] = part.split('=') as [string, string];
        if (!base.query.applied.includes(c)) continue;
        if (Number(x) > 1) expect(share(doc, c), spec).toBeGreaterThan(share(base, c));
        if (Number(x) < 1) expect(share(doc, c), spec).toBeLessThan(share(base, c));
      }
    }
  });

  it("the README's numbers for --weight theme=2,experience=0.5 are what --explain shows", async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8').replace(/\s+/g, ' ');
    const said =
      /`kp match --country Kenya --theme refugees --explain` the most theme fit can give rises from ([\d.]+) to ([\d.]+) of the 100 points, and the most experience can give falls from ([\d.]+) to ([\d.]+)\)/.exec(
        readme,
      );
    expect(said, 'the sentence in How ranking works').not.toBeNull();
    const max = async (extra: string[]) => {
      const r = await kp(['match', '--country', 'Kenya', '--theme', 'refugees', '--explain', ...extra]);
      const text = r.stdout.replace(/\s+/g, ' ');
      const of = (c: string) => new RegExp(`${c} [\\d.]+ \\(max ([\\d.]+) points\\)`).exec(text)![1];
      return [of('theme'), of('experience')];
    };
    const [theme0, experience0] = await max([]);
    const [theme1, experience1] = await max(['--weight', 'theme=2,experience=0.5']);
    expect(said!.slice(1)).toEqual([theme0, theme1, experience0, experience1]);
  });

  it('--weight theme=3,country=1 no longer inverts the ranking: theme fit leads', async () => {
    const { doc } = await json([
      'match',
      '--country',
      'Kenya',
      '--theme',
      'refugees',
      '--weight',
      'theme=3,country=1',
    ]);
    expect(doc.query.weights).toMatchObject({ theme: 150, country: 15 });
    const top = doc.candidates[0];
    expect(top.components.theme).toBeGreaterThan(top.score / 2);
    expect(top.name).toBe('Borlänge');
  });
});

describe('a reason for every point', () => {
  type Row = {
    name: string;
    components: Record<string, number>;
    why: Record<string, string>;
    reasons: string[];
  };
  const rows = async (args: string[]) => (await json([...args, '--limit', '400'])).doc.candidates as Row[];

  it.each([
    ['match', '--country', 'Kenya', '--theme', 'mining', '--all'],
    ['match', '--country', 'Kenya', '--theme', 'elderly care', '--all'],
    ['match', '--country', 'Kenya', '--theme', 'refugees'],
    ['match', '--from', 'Ekerö', '--theme', 'citizen dialogue'],
    ['match', '--from', 'Lodwar'],
    ['match', '--country', 'Georgien'],
  ])('every component worth 1 point or more has a sentence: kp %s %s %s %s %s', async (...args) => {
    for (const c of await rows(args)) {
      for (const [k, points] of Object.entries(c.components))
        if (points >= 1) expect(c.why[k], `${c.name}: ${k} ${points}`).toMatch(/\w/);
    }
  });

  it.each([
    {
      theme: 'mining',
      name: 'Håbo',
      why: /^related themes: .*mining industry \(through [^)]*: the same ICLD core area\)/,
    },
    {
      theme: 'elderly care',
      name: 'Umeå',
      why: /^related themes: .*elderly care \(through [^)]*: the same ICLD core area\)/,
    },
  ])('$name for $theme: the theme points say why', async ({ theme, name, why }) => {
    const c = (await rows(['match', '--country', 'Kenya', '--theme', theme, '--all'])).find(
      (r) => r.name === name,
    )!;
    expect(c.components.theme).toBeGreaterThanOrEqual(1);
    expect(c.why.theme).toMatch(why);
  });

  it.each([
    { args: ['match', '--from', 'Ekerö', '--country', 'Georgia'], lang: 'en' },
    { args: ['match', '--from', 'Lodwar'], lang: 'en' },
    { args: ['match', '--from', 'Ekerö', '--country', 'Georgia', '--lang', 'sv'], lang: 'sv' },
    { args: ['match', '--from', 'Lodwar', '--lang', 'sv'], lang: 'sv' },
  ])('no theme is both shared and related: kp $args', async ({ args, lang }) => {
    const [sharesWord, relatedWord, throughWord] =
      lang === 'sv'
        ? ['delar teman', 'närliggande teman', 'genom']
        : ['shares themes', 'related themes', 'through'];
    let related = 0;
    for (const c of await rows(args)) {
      const parts = String(c.why.theme ?? '').split(
        /; (?=shares themes|related themes|delar teman|närliggande teman)/,
      );
      const shared =
        parts
          .find((p) => p.startsWith(`${sharesWord}: `))
          ?.slice(sharesWord.length + 2)
          .split(', ') ?? [];
      const rel = parts.find((p) => p.startsWith(`${relatedWord}: `));
      if (!rel) continue;
      // The asked themes of each entry: the words before " (through ...)".
      const asked = [...rel.matchAll(new RegExp(`(?:: |; )([^;(]+?) \\(${throughWord} `, 'g'))].flatMap((m) =>
        m[1]!.split(', '),
      );
      expect(asked.length, rel).toBeGreaterThan(0);
      related++;
      for (const a of asked) expect(shared, `${c.name}: ${rel}`).not.toContain(a);
    }
    expect(related).toBeGreaterThan(0);
  });

  it('a partner abroad already in an active KP partnership ranks lower, and the reason says so', async () => {
    const list = await rows(['match', '--from', 'Ekerö', '--theme', 'citizen dialogue']);
    const at = list.findIndex((r) => r.name === 'Krolevets');
    expect(at).toBeGreaterThan(2);
    // Another partner with the same theme fit and no active partnership comes first.
    const free = list.find(
      (r) => r.components.theme === list[at]!.components.theme && r.name !== 'Krolevets',
    );
    expect(list.indexOf(free!)).toBeLessThan(at);
    expect(list[at]!.reasons).toContain(
      'already has an active KP partnership with Berg (förberedelse, 2025–): less capacity',
    );
    expect(list[at]!.components.capacity).toBe(0);
  });
});

describe('the default pool: every Swedish party with a relation in the country', () => {
  it('Värmdö, with an earlier relation with Homa Bay County, is in kp match --country Kenya, with the reason', async () => {
    const { doc } = await json(['match', '--country', 'Kenya', '--limit', '400']);
    const v = doc.candidates.find((c: { name: string }) => c.name === 'Värmdö');
    expect(v).toBeDefined();
    expect(v.reasons.join(' | ')).toMatch(/Homa Bay County, Kenya/);
    expect(v.why.country).toMatch(/Homa Bay County/);
  });
});

describe('every point has its sentence (PRODUCT.md)', () => {
  // The table shows three reasons a row; with --explain, beside the points, all of them: each
  // candidate's JSON reasons all appear in its block, wrapped as they may be.
  it.each([
    ['--from', 'Kisumu'],
    ['--country', 'Kenya', '--theme', 'refugees'],
    ['--from', 'Ekerö'],
  ])('kp match %s %s --explain: the table has every reason JSON has', async (...args) => {
    const { doc } = await json(['match', ...args, '--limit', '5']);
    const table = await kp(['match', ...args, '--limit', '5', '--explain'], { env: { COLUMNS: '120' } });
    const lines = table.stdout.split('\n');
    const column = lines.find((l) => l.includes(' Why'))!.indexOf('Why');
    const blocks = table.stdout.split(/\n(?=\s*\d+\. )/).slice(1);
    const flat = (t: string) => t.replace(/\s+/g, ' ').trim();
    expect(blocks).toHaveLength(5);
    // More than the three a row shows without --explain.
    expect(doc.candidates.some((c: { reasons: string[] }) => c.reasons.length > 3)).toBe(true);
    type Row = { reasons: string[]; components: Record<string, number>; why: Record<string, string> };
    doc.candidates.forEach((c: Row, i: number) => {
      // The block's Why column, its lines joined.
      const why = flat(
        blocks[i]!.split('\n')
          .map((l) => l.slice(column))
          .join(' '),
      );
      for (const r of c.reasons) expect(why).toContain(flat(r));
      // And each component that gives points its own sentence ("free to start one" for capacity).
      for (const [k, points] of Object.entries(c.components))
        if (points > 0) for (const part of c.why[k]!.split('; ')) expect(why, k).toContain(flat(part));
    });
  });
});
