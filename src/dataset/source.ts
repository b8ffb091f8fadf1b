// Where the data comes from: the snapshot compiled into the build (the default, fast: no YAML
// parser, no schema library), or a directory of YAML files (--data / KP_DATA), validated once
// and then read from the user's cache until a file changes.
import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import type { Dataset } from '../core/dataset.js';
import { openSnapshot } from './cached-dataset.js';
import { DataFolderError, keyed } from '../errors.js';
import { clip, type DataMessageKey, type Lang } from '../messages/index.js';
import type { Problem } from './problems.js';
import type { LoadProgress } from './progress.js';
import type { RawDataset } from './schema.js';

export type DataVia = '--data' | 'KP_DATA';

export interface DataLocation {
  /** A directory of YAML files chosen by the user, if any. */
  readonly dir?: string;
  /** Where `dir` came from, for messages: --data, or the KP_DATA environment variable. */
  readonly via?: DataVia;
  /** The shipped data: its YAML directory and, when built, its validated snapshot. */
  readonly shipped: { readonly dir: string; readonly snapshot?: string };
}

export interface LoadOptions {
  /** Use the user's cache folder, found from this environment; undefined for no cache (--no-cache, KP_NO_CACHE=1). */
  readonly cache?: { readonly env: Readonly<Record<string, string | undefined>> };
  readonly progress?: LoadProgress;
  /** Says on stderr what happened to the cache, when it is worth saying. */
  readonly note?: (line: string) => void;
  /** The year to judge status in, so a cache written now holds the facts for it (see atYear). */
  readonly asOf?: number;
  /** The language of the notes and of the errors thrown (--lang; default English). */
  readonly lang?: Lang;
}

/** Why a cache was not used, for the note. A missing cache is the normal first run: no note. */
const CACHE_MISS_NOTE: Readonly<Record<string, DataMessageKey | undefined>> = Object.freeze({
  missing: undefined,
  stale: 'data.cache.stale',
  foreign: 'data.cache.foreign',
  corrupt: 'data.cache.corrupt',
});

/** A file's bytes, or undefined when it cannot be read: one read, where a check first is two calls. */
function readIfThere(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

export async function loadDataset(
  where: DataLocation,
  cwd: string,
  opts: LoadOptions = {},
): Promise<Dataset> {
  if (!where.dir && where.shipped.snapshot) {
    // A snapshot from another build (or damaged) is not used: the YAML it came from is; nor is
    // one that cannot be read (not built).
    const bytes = readIfThere(where.shipped.snapshot);
    const snapshot = bytes && openSnapshot(bytes);
    if (snapshot) return snapshot;
  }
  if (where.dir) checkDataFolder(where.dir, cwd, where.via);
  const dir = where.dir ?? where.shipped.dir;
  const { progress, note } = opts;
  const lang = opts.lang ?? 'en';
  const { cacheFile, cacheFolder, contentKey, readCache, writeCacheBody } = await import('./cache.js');
  const cache = opts.cache
    ? {
        file: cacheFile(cacheFolder(opts.cache.env), dir),
        key: contentKey(dir, (done, total) => progress?.('hash', done, total)),
      }
    : undefined;
  if (cache) {
    const read = readCache(cache.file, cache.key);
    if (read.hit) return read.dataset;
    const why = CACHE_MISS_NOTE[read.reason];
    if (why) note?.((await import('../messages/data.js')).dataMsg(lang, why));
  }
  const { buildDataset, buildInWorker, workerFile } = await import('./cold.js');
  // In a worker when built (Ctrl+C, the progress bar and memory: see cold.ts); else here.
  const worker = workerFile();
  const built = worker
    ? await buildInWorker(worker, dir, progress, opts.asOf, displayDir(dir, cwd))
    : await buildDataset(dir, progress, !!cache, opts.asOf);
  const errors = built.problems.filter((p) => p.severity === 'error');
  if (!built.ok || errors.length)
    throw (await import('./problems.js')).invalidData(errors, displayDir(dir, cwd));
  if (cache && built.body && built.sections) {
    progress?.('cache', 0.5, 1);
    try {
      writeCacheBody(cache.file, cache.key, built.body, built.sections);
    } catch (e) {
      const { dataMsg } = await import('../messages/data.js');
      note?.(
        dataMsg(lang, 'data.cache.cannotWrite', { reason: (e as NodeJS.ErrnoException).code ?? String(e) }),
      );
    }
    progress?.('cache', 1, 1);
  }
  if (built.dataset) return built.dataset;
  const { openCachedDataset } = await import('./cached-dataset.js');
  const dataset = built.body && built.sections && openCachedDataset(built.body, built.sections);
  if (!dataset) throw new Error('the data loader sent data this build cannot read');
  return dataset;
}

/**
 * A --data path that is not a folder is one mistake, said in one line (exit 66), not a problem
 * per data file: checked before any file is read.
 */
export function checkDataFolder(dir: string, cwd: string, via: DataVia = '--data'): void {
  // The way the user named it: "--data x" on the command line, "KP_DATA=x" in the environment.
  const shown = clip(displayDir(dir, cwd));
  const given = via === 'KP_DATA' ? `KP_DATA=${shown}` : `--data ${shown}`;
  let isFolder: boolean;
  try {
    isFolder = statSync(dir).isDirectory();
  } catch {
    throw keyed(DataFolderError, 'error.noSuchFolder', { given });
  }
  if (!isFolder) throw keyed(DataFolderError, 'error.notAFolder', { given });
}

/** Load a YAML directory with all its problems (yaml and zod are imported only here, on demand). */
export async function loadAndCheck(
  dir: string,
  progress?: LoadProgress,
): Promise<{ dataset: RawDataset; problems: Problem[] }> {
  const { loadDataDir } = await import('./load.js');
  return loadDataDir(dir, progress);
}

/** A directory as the user would write it: relative to where they are, when that is shorter. */
export function displayDir(dir: string, cwd: string): string {
  const rel = relative(cwd, dir) || '.';
  return rel.length < dir.length ? rel : dir;
}
