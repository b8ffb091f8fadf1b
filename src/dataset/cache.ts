// The cache of a validated data directory, so a large --data DIR is parsed and validated once.
// One file per data directory in the user's cache folder, keyed by the content of the data
// files: any edit gives another key and the cache is rebuilt. The file is checked before it is
// used (format, version, build, key, length, checksum, shape): a corrupt, truncated or foreign
// file is a miss, never an error and never trusted. Written to a temporary file and renamed, so
// an interrupted write leaves the old cache or none, not half of one. Imported only when a data
// directory is loaded: node:crypto alone is a tenth of kp's start-up. The body's sections are in
// cached-dataset.ts.
import { createHash, randomBytes } from 'node:crypto';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, isAbsolute, join } from 'node:path';
import type { Dataset } from '../core/dataset.js';
import { cacheBody, openCachedDataset } from './cached-dataset.js';

export const CACHE_FORMAT = 'kp-cache';
/** Bump when the cached shape changes in a way the build id would not catch. */
export const CACHE_VERSION = 5;

// Set by scripts/build.mjs to a hash of the sources: a cache written by another build of kp may
// hold records its schema would not produce, so it counts as foreign. Unset when run from src/.
declare const __KP_BUILD__: string | undefined;
export const BUILD_ID = typeof __KP_BUILD__ === 'string' ? __KP_BUILD__ : 'dev';

/** Headers are one short JSON line; a first line longer than this is not ours. */
const MAX_HEADER_BYTES = 4096;
/** Temporary files left by an interrupted write are removed once they are this old. */
const STALE_TEMP_MS = 10 * 60 * 1000;
/** The cache of a data directory not used for this long is removed (temporary copies pile up otherwise). */
export const UNUSED_CACHE_MS = 30 * 24 * 60 * 60 * 1000;

export interface CacheHeader {
  readonly format: typeof CACHE_FORMAT;
  readonly version: typeof CACHE_VERSION;
  readonly build: string;
  readonly key: string;
  readonly bytes: number;
  readonly sha256: string;
  /** Byte range of each section in the body. */
  readonly sections: Readonly<Record<string, readonly [number, number]>>;
}

export type CacheRead =
  | { readonly hit: true; readonly dataset: Dataset }
  | { readonly hit: false; readonly reason: 'missing' | 'stale' | 'foreign' | 'corrupt' };

/** Where kp keeps caches: $XDG_CACHE_HOME/kp, else ~/.cache/kp (a relative XDG_CACHE_HOME is ignored, as XDG says). */
export function cacheFolder(env: Readonly<Record<string, string | undefined>>): string {
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && isAbsolute(xdg)) return join(xdg, 'kp');
  return join(env.HOME || homedir(), '.cache', 'kp');
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** Where the cache of one data directory lives: named by the directory, so it is replaced, not piled up. */
export function cacheFile(folder: string, dataDir: string): string {
  return join(folder, `data-${sha256(dataDir).slice(0, 16)}.json`);
}

/**
 * The key of a data directory's content: the hash of the name and bytes of every YAML file in it
 * (whatever files the schema reads, now or later; this module stays free of the schema library,
 * which start-up must not load), and of the cache format.
 */
export function contentKey(dataDir: string, onFile?: (done: number, total: number) => void): string {
  const key = createHash('sha256').update(`${CACHE_FORMAT}/${CACHE_VERSION}\n`);
  let files: string[] = [];
  try {
    files = readdirSync(dataDir)
      .filter((f) => /\.ya?ml$/i.test(f))
      .sort();
  } catch {
    // No directory: the load that follows reports it; the key only has to be stable.
  }
  files.forEach((file, i) => {
    let digest = 'unreadable';
    try {
      digest = sha256(readFileSync(join(dataDir, file)));
    } catch {
      // Unreadable (a directory, no permission): the load reports it; the key only has to differ.
    }
    key.update(`${file}\n${digest}\n`);
    onFile?.(i + 1, files.length);
  });
  return key.digest('hex');
}

export function readCache(path: string, key: string): CacheRead {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch {
    return { hit: false, reason: 'missing' };
  }
  const nl = buf.subarray(0, MAX_HEADER_BYTES).indexOf(0x0a);
  if (nl < 0) return { hit: false, reason: 'foreign' };
  let header: Partial<CacheHeader>;
  try {
    header = JSON.parse(buf.subarray(0, nl).toString('utf8')) as Partial<CacheHeader>;
  } catch {
    return { hit: false, reason: 'foreign' };
  }
  if (
    typeof header !== 'object' ||
    header === null ||
    header.format !== CACHE_FORMAT ||
    header.version !== CACHE_VERSION ||
    header.build !== BUILD_ID
  )
    return { hit: false, reason: 'foreign' };
  if (header.key !== key) return { hit: false, reason: 'stale' };
  const body = buf.subarray(nl + 1);
  if (body.length !== header.bytes || sha256(body) !== header.sha256)
    return { hit: false, reason: 'corrupt' };
  const dataset =
    typeof header.sections === 'object' && header.sections !== null
      ? openCachedDataset(body, header.sections)
      : undefined;
  // The checksum and the build id vouch for the rest: sections are parsed when first used.
  if (!dataset) return { hit: false, reason: 'corrupt' };
  touch(path);
  return { hit: true, dataset };
}

/**
 * Write the cache atomically: a temporary file beside it, then a rename. Throws when the folder
 * cannot be written; the caller reports that and carries on without a cache.
 */
export function writeCache(path: string, key: string, dataset: Dataset): void {
  const { body, sections } = cacheBody(dataset);
  writeCacheBody(path, key, body, sections);
}

/** The same, for a body already written (by the worker that loaded the data: cold.ts). */
export function writeCacheBody(
  path: string,
  key: string,
  body: Buffer,
  sections: Readonly<Record<string, readonly [number, number]>>,
): void {
  const folder = dirname(path);
  mkdirSync(folder, { recursive: true });
  removeStaleTemps(folder, basename(path));
  removeUnusedCaches(folder);
  const header: CacheHeader = {
    format: CACHE_FORMAT,
    version: CACHE_VERSION,
    build: BUILD_ID,
    key,
    bytes: body.length,
    sha256: sha256(body),
    sections,
  };
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    writeFileSync(temp, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`, 'utf8'), body]), {
      flag: 'wx',
      mode: 0o600,
    });
    renameSync(temp, path);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}

/** Mark a cache as used now: caches unused for UNUSED_CACHE_MS are removed. Best effort. */
function touch(path: string): void {
  try {
    const now = new Date();
    utimesSync(path, now, now);
  } catch {
    // A read-only cache folder: the cache is still good; it may only be removed earlier.
  }
}

/** Caches of data directories nobody has used for a month: removed when another is written. */
function removeUnusedCaches(folder: string): void {
  try {
    for (const f of readdirSync(folder)) {
      if (!/^data-[0-9a-f]{16}\.json$/.test(f)) continue;
      const p = join(folder, f);
      if (Date.now() - statSync(p).mtimeMs > UNUSED_CACHE_MS) rmSync(p, { force: true });
    }
  } catch {
    // Best effort: a leftover only costs disk space.
  }
}

/** Leftovers of writes that were interrupted (Ctrl+C, a crash) before their rename. */
function removeStaleTemps(folder: string, name: string): void {
  try {
    for (const f of readdirSync(folder)) {
      if (!f.startsWith(`${name}.`) || !f.endsWith('.tmp')) continue;
      const p = join(folder, f);
      if (Date.now() - statSync(p).mtimeMs > STALE_TEMP_MS) rmSync(p, { force: true });
    }
  } catch {
    // Best effort: a leftover only costs disk space.
  }
}
