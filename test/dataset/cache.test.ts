import { createHash } from 'node:crypto';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  BUILD_ID,
  CACHE_FORMAT,
  CACHE_VERSION,
  cacheFile,
  cacheFolder,
  UNUSED_CACHE_MS,
} from '../../src/dataset/cache.js';
import { kp } from '../helpers.js';
import { syntheticDir } from '../synthetic-dir.js';

let data: string;
let home: string;
let env: Record<string, string>;
const cachePath = () => cacheFile(join(home, 'kp'), data);
const header = () => JSON.parse(readFileSync(cachePath(), 'utf8').split('\n', 1)[0]!);
const firstPartner = () =>
  JSON.parse(readFileSync(join(data, 'partners.yaml'), 'utf8').split('\n')[1]!.slice(2));
const show = (name: string) => kp(['--data', data, 'show', name, '--format', 'json'], { env });

beforeEach(() => {
  data = syntheticDir(200, 400);
  home = mkdtempSync(join(tmpdir(), 'kp-cache-'));
  env = { XDG_CACHE_HOME: home };
});
afterEach(() => {
  rmSync(data, { recursive: true, force: true });
  rmSync(home, { recursive: true, force: true });
});

describe('cache folder', () => {
  it.each([
    { name: 'XDG_CACHE_HOME', env: { XDG_CACHE_HOME: '/x/cache', HOME: '/home/a' }, expected: '/x/cache/kp' },
    { name: 'HOME', env: { HOME: '/home/a' }, expected: '/home/a/.cache/kp' },
    {
      name: 'relative XDG ignored',
      env: { XDG_CACHE_HOME: 'rel', HOME: '/home/a' },
      expected: '/home/a/.cache/kp',
    },
  ])('$name', ({ env, expected }) => {
    expect(cacheFolder(env)).toBe(expected);
  });
});

describe('cache of a --data directory', () => {
  it('is written on the first run, atomically (no temporary file left)', async () => {
    const r = await show(firstPartner().name);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(cachePath())).toBe(true);
    expect(header()).toMatchObject({ format: CACHE_FORMAT, version: CACHE_VERSION, build: BUILD_ID });
    expect(readdirSync(join(home, 'kp')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('is used on the next run while the files are unchanged', async () => {
    const p = firstPartner();
    await show(p.name);
    // Prove the read: re-sign the cached body with the partner renamed (to a name of the same
    // length, so the sections keep their offsets); an unchanged data directory must answer from it.
    const [head, body] = splitCache();
    const cached = 'Q'.repeat(Buffer.byteLength(p.name));
    const renamed = body.replaceAll(JSON.stringify(p.name), JSON.stringify(cached));
    expect(renamed).not.toBe(body);
    writeCache(head, renamed);
    const r = await show(cached);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).id).toBe(p.id);
  });

  it('is rebuilt when one data file changes', async () => {
    const p = firstPartner();
    await show(p.name);
    const before = header().key;
    const file = join(data, 'partners.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(`"name":${JSON.stringify(p.name)}`, '"name":"Edited Name"'),
    );
    const r = await show('Edited Name');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).id).toBe(p.id);
    expect(r.stderr).toContain('the data changed since it was cached');
    expect(header().key).not.toBe(before);
  });

  it('is rebuilt when a comment is added to another file', async () => {
    await show(firstPartner().name);
    const before = header().key;
    appendFileSync(join(data, 'themes.yaml'), '\n# a note\n');
    await show(firstPartner().name);
    expect(header().key).not.toBe(before);
  });

  const damage: Array<{ name: string; make: (head: string, body: string) => string; note: string }> = [
    { name: 'garbage', make: () => 'not a cache at all', note: 'another version' },
    { name: 'empty', make: () => '', note: 'another version' },
    { name: 'truncated body', make: (h, b) => `${h}\n${b.slice(0, b.length / 2)}`, note: 'damaged' },
    {
      name: 'flipped byte in body',
      make: (h, b) => `${h}\n${b.replace('"partners":[', '"partners":[ ')}`,
      note: 'damaged',
    },
    {
      name: 'foreign format',
      make: (h, b) => `${h.replace(CACHE_FORMAT, 'other-tool')}\n${b}`,
      note: 'another version',
    },
    {
      name: 'other version',
      make: (h, b) => `${h.replace(`"version":${CACHE_VERSION}`, '"version":999')}\n${b}`,
      note: 'another version',
    },
    {
      name: 'other build',
      make: (h, b) => `${h.replace(`"build":"${BUILD_ID}"`, '"build":"x"')}\n${b}`,
      note: 'another version',
    },
    { name: 'valid JSON, wrong shape', make: (h) => signed(h, '{"partners":1}'), note: 'damaged' },
  ];
  it.each(damage)('ignores a cache that is $name, and rebuilds it', async ({ make, note }) => {
    const p = firstPartner();
    await show(p.name);
    const [head, body] = splitCache();
    writeFileSync(cachePath(), make(head, body));
    const r = await show(p.name);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).id).toBe(p.id);
    expect(r.stderr).toContain(note);
    expect(header()).toMatchObject({ format: CACHE_FORMAT, version: CACHE_VERSION, build: BUILD_ID });
    expect(splitCache()[1]).toBe(body);
  });

  it.each<{ name: string; args: string[]; env: Record<string, string> }>([
    { name: '--no-cache', args: ['--no-cache'], env: {} },
    { name: 'KP_NO_CACHE=1', args: [], env: { KP_NO_CACHE: '1' } },
  ])('is bypassed with $name', async ({ args, env: extra }) => {
    const r = await kp([...args, '--data', data, 'show', firstPartner().name], { env: { ...env, ...extra } });
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(cachePath())).toBe(false);
  });

  it('removes the caches of data directories unused for a month when it writes one', async () => {
    const folder = join(home, 'kp');
    mkdirSync(folder, { recursive: true });
    const old = join(folder, 'data-0123456789abcdef.json');
    const recent = join(folder, 'data-fedcba9876543210.json');
    const other = join(folder, 'notes.json');
    const monthAgo = new Date(Date.now() - UNUSED_CACHE_MS - 86_400_000);
    for (const f of [old, recent, other]) writeFileSync(f, 'x');
    for (const f of [old, other]) utimesSync(f, monthAgo, monthAgo);
    const r = await show(firstPartner().name);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(old)).toBe(false);
    expect(existsSync(recent)).toBe(true);
    expect(existsSync(other)).toBe(true);
  });

  it('marks a cache as used when it answers from it', async () => {
    await show(firstPartner().name);
    const weeksAgo = new Date(Date.now() - 20 * 86_400_000);
    utimesSync(cachePath(), weeksAgo, weeksAgo);
    await show(firstPartner().name);
    expect(Date.now() - statSync(cachePath()).mtimeMs).toBeLessThan(60_000);
  });

  it('is not an error when the cache folder cannot be written', async () => {
    writeFileSync(join(home, 'kp'), 'a file where the folder should be');
    const r = await show(firstPartner().name);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('cannot write the cache');
  });
});

describe('progress while loading', () => {
  it('draws nothing when stderr is not a terminal', async () => {
    const r = await kp(['--data', data, 'show', firstPartner().name], { env });
    expect(r.stderr).toBe('');
  });

  it('draws a bar on a terminal and clears it', async () => {
    const r = await kp(['--data', data, 'show', firstPartner().name], { env, tty: true });
    expect(r.stderr).toContain('loading data');
    expect(r.stderr.endsWith('\r\u001b[K')).toBe(true);
  });

  it('draws nothing with --quiet', async () => {
    const r = await kp(['--quiet', '--data', data, 'show', firstPartner().name], { env, tty: true });
    expect(r.stderr).toBe('');
  });
});

function splitCache(): [string, string] {
  const text = readFileSync(cachePath(), 'utf8');
  const nl = text.indexOf('\n');
  return [text.slice(0, nl), text.slice(nl + 1)];
}

function signed(head: string, body: string): string {
  const h = JSON.parse(head);
  const bytes = Buffer.from(body, 'utf8');
  return `${JSON.stringify({ ...h, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') })}\n${body}`;
}

function writeCache(head: string, body: string): void {
  writeFileSync(cachePath(), signed(head, body));
}
