// The evidence for first-time partners, through the CLI: locations and `list --near`, residents
// by country of birth in `show`, and a copy of the shipped data with bad born-abroad counts.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DATA, kp } from '../helpers.js';

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

/** A copy of the shipped data with one file edited. */
function copyWith(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kp-evidence-'));
  temps.push(dir);
  cpSync(DATA, dir, { recursive: true });
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  return dir;
}

describe('kp list municipalities --near', () => {
  it('lists the neighbours nearest first, with the distance', async () => {
    const r = await kp(['list', 'municipalities', '--near', 'Härryda', '--within', '60', '--format', 'json']);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as { name: string; distance_km: number | null }[];
    const first = rows.slice(0, 14).map((x) => x.name);
    for (const n of ['Mölndal', 'Alingsås', 'Ale', 'Borås']) expect(first).toContain(n);
    const km = rows.map((x) => x.distance_km).filter((d): d is number => d !== null);
    expect(km).toEqual([...km].sort((a, b) => a - b));
    expect(Math.max(...km)).toBeLessThanOrEqual(60);
    expect(rows.find((x) => x.name === 'Mölndal')!.distance_km).toBeCloseTo(18, 0);
    expect(rows.map((x) => x.name)).not.toContain('Härryda');
  });

  it('shows the distance column in the table and combines with --status and --country', async () => {
    const r = await kp([
      'list',
      'municipalities',
      '--near',
      'Härryda',
      '--within',
      '100',
      '--country',
      'Moldova',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\bkm\b/);
    expect(r.stdout).toMatch(/Ale\s+31\s/);
    const former = await kp([
      'list',
      'municipalities',
      '--near',
      'Härryda',
      '--within',
      '40',
      '--status',
      'former',
    ]);
    expect(former.stdout).toMatch(/Mölndal/);
    expect(former.stdout).not.toMatch(/Lerum/); // interested, not former
  });

  it('a region: the municipalities of its own county', async () => {
    const r = await kp(['list', 'municipalities', '--near', 'Region Skåne', '--format', 'json']);
    const rows = JSON.parse(r.stdout) as { county: string; distance_km: number | null }[];
    expect(rows.length).toBeGreaterThan(20);
    expect(new Set(rows.map((x) => x.county))).toEqual(new Set(['Skåne län']));
    expect(r.stderr).toMatch(/no point of its own/);
    // --within has nothing to measure from: it says so, rather than seeming to apply.
    const within = await kp([
      'list',
      'municipalities',
      '--near',
      'Region Skåne',
      '--within',
      '30',
      '--format',
      'json',
    ]);
    expect(JSON.parse(within.stdout)).toHaveLength(rows.length);
    expect(within.stderr).toMatch(/at any distance \(--within needs a point to measure from\)/);
  });

  it.each([
    { args: ['--near', 'Härryda', '--within', 'far'], message: /--within takes a distance/ },
    { args: ['--within', '60'], message: /--within needs --near/ },
  ])('usage errors: $args', async ({ args, message }) => {
    const r = await kp(['list', 'municipalities', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('applies to municipalities only', async () => {
    const r = await kp(['list', 'partners', '--near', 'Härryda']);
    expect(r.code).toBe(2);
  });
});

describe('kp show: location and residents by country of birth', () => {
  it('JSON carries location and born_abroad', async () => {
    const r = await kp(['show', 'Borlänge', '--format', 'json']);
    const j = JSON.parse(r.stdout);
    expect(j.location).toEqual({ lat: 60.4858, lng: 15.43714 });
    expect(j.born_abroad).toMatchObject({ year: 2025, population: 51354 });
    expect(j.born_abroad.source).toMatch(/FolkmRegFlandKCKM/);
    expect(j.born_abroad.countries[0]).toMatchObject({ code: 'SO', count: 1899, partner_country: false });
    expect(j.born_abroad.former_states.map((f: { code: string }) => f.code)).toContain('YU');
  });

  it('the table names the largest groups born in partner countries', async () => {
    const r = await kp(['show', 'Norrköping']);
    expect(r.stdout).toMatch(/Location: 58\.594° N, 16\.183° E/);
    // However the lines wrap.
    expect(r.stdout.replace(/\s+/g, ' ')).toMatch(
      /Born in partner countries [^:]*: Bosnia and Herzegovina 2,101 \(1\.4 %, 2\.6×\)/,
    );
  });

  it('a region has no location and, where SCB has no figures, no born_abroad', async () => {
    const j = JSON.parse((await kp(['show', 'Region Skåne', '--format', 'json'])).stdout);
    expect(j.location).toBeUndefined();
    expect(j.born_abroad).toBeUndefined();
  });
});

describe('bad born-abroad data in a copy of the shipped data: file:line:col, exit 65', () => {
  it.each([
    {
      name: 'a bad code',
      edit: (t: string) => t.replace('born_in: {AL: ', 'born_in: {al: '),
      code: /born-abroad\.yaml:\d+:\d+ BAD_CODE/,
    },
    {
      name: 'an unknown kommun',
      edit: (t: string) => t.replace('party: borlange', 'party: borlang'),
      code: /born-abroad\.yaml:\d+:\d+ UNKNOWN_PARTY .*did you mean "borlange"/,
    },
    {
      name: 'a count above the population',
      edit: (t: string) =>
        t.replace(
          /(party: borlange\n {2}year: 2025\n {2}population: 51354\n {2}born_in: \{.*)SO: 1899/,
          '$1SO: 61899',
        ),
      code: /born-abroad\.yaml:\d+:\d+ COUNT_ABOVE_POPULATION/,
    },
  ])('$name', async ({ edit, code }) => {
    const dir = copyWith('born-abroad.yaml', edit);
    for (const args of [['validate'], ['match', '--country', 'Kenya']]) {
      const r = await kp(['--data', dir, '--no-cache', ...args]);
      expect(r.code).toBe(65);
      expect(r.stderr).toMatch(code);
    }
  });

  it('without born-abroad.yaml the data is still valid', async () => {
    const dir = copyWith('born-abroad.yaml', (t) => t);
    rmSync(join(dir, 'born-abroad.yaml'));
    const r = await kp(['--data', dir, '--no-cache', 'show', 'Borlänge', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).born_abroad).toBeUndefined();
  });
});

describe('the seed story without its answer (seed 002)', () => {
  it('with every Borlänge–Lodwar relation removed, kp match --from Lodwar ranks Borlänge in the top 3 for its Somali community', async () => {
    const dir = copyWith('partnerships.yaml', (text) =>
      text
        .split(/\n(?=- id: )/)
        .filter((b) => !(/parties: \[[^\]]*\bborlange\b/.test(b) && /parties: \[[^\]]*\blodwar\b/.test(b)))
        .join('\n'),
    );
    expect(readFileSync(join(dir, 'partnerships.yaml'), 'utf8')).not.toMatch(
      /borlange, lodwar|lodwar, borlange/,
    );
    const r = await kp(['--data', dir, '--no-cache', 'match', '--from', 'Lodwar', '--format', 'json']);
    expect(r.code).toBe(0);
    const { candidates } = JSON.parse(r.stdout) as {
      candidates: { name: string; rank: number; reasons: string[]; components: Record<string, number> }[];
    };
    const borlange = candidates.find((c) => c.name === 'Borlänge')!;
    expect(borlange.rank).toBeLessThanOrEqual(3);
    expect(borlange.components.diaspora).toBeGreaterThan(0);
    expect(borlange.reasons.join('\n')).toMatch(
      /1,899 residents born in Somalia \(3\.7 %, 5\.9× the Swedish average; SCB 2025\); Lodwar also hosts people from Somalia \(Somali refugees\)/,
    );
  });
});
