// The cold load of a data directory: read and validate the YAML, index the records, and write the
// result as a cache body (cached-dataset.ts). In the built kp it runs in a worker thread
// (dist/load-worker.cjs, from load-worker.ts) for three reasons, all measured on 100,000
// partners and 300,000 partnerships, where it takes 10–30 s:
//   - Ctrl+C: the main thread only waits, so its signal handler runs at once (the worker dies
//     with the process) instead of after the seconds of synchronous parsing and indexing;
//   - the progress bar: the main thread draws it while the worker works, and its clock moves
//     even through a long step with no progress of its own (computing the facts);
//   - memory: a worker that runs out of heap is stopped and reported in kp's own words, where
//     the main thread would die with V8's "heap out of memory" and exit 134.
// The body comes back without a copy (a transferred buffer) and is read like a warm cache.
// From the sources (tests, `npm run eval`) there is no worker file, and the load runs in this thread.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { type Dataset, indexDataset } from '../core/dataset.js';
import { DataError, localizedError } from '../errors.js';
import { dataMsg } from '../messages/data.js';
import { cacheBody } from './cached-dataset.js';
import type { Problem } from './problems.js';
import type { LoadProgress, LoadStep } from './progress.js';

export type Sections = Record<string, [number, number]>;

export type ColdResult =
  | { readonly ok: false; readonly problems: Problem[] }
  | {
      readonly ok: true;
      readonly problems: Problem[];
      /** The cache body and its sections, when asked for. */
      readonly body?: Buffer;
      readonly sections?: Sections;
      /** The dataset itself, when built in this thread. */
      readonly dataset?: Dataset;
    };

/** Load, validate, index and (with `body`) serialise a data directory, in this thread. */
export async function buildDataset(
  dir: string,
  progress?: LoadProgress,
  body = false,
  asOf?: number,
): Promise<ColdResult> {
  const { loadDataDir } = await import('./load.js');
  const { dataset, problems } = loadDataDir(dir, progress);
  if (problems.some((p) => p.severity === 'error')) return { ok: false, problems };
  progress?.('index', 0, 3);
  const indexed = indexDataset(dataset, asOf);
  progress?.('index', 1, 3);
  if (!body) return { ok: true, problems, dataset: indexed };
  // The facts are computed on first use: here, for the cache, each a few seconds at 100k.
  void indexed.facts;
  progress?.('index', 2, 3);
  void indexed.swedishFacts;
  progress?.('cache', 0, 1);
  const cache = cacheBody(indexed);
  return { ok: true, problems, body: cache.body, sections: cache.sections };
}

/** The worker beside the bundle (dist/load-worker.cjs), or undefined when run from the sources. */
export function workerFile(): string | undefined {
  const file = join(import.meta.dirname, 'load-worker.cjs');
  return existsSync(file) ? file : undefined;
}

/** A message from the worker. */
export type WorkerMessage =
  | { readonly progress: [LoadStep, number, number, string | undefined] }
  | {
      readonly result:
        | { readonly ok: false; readonly problems: Problem[] }
        | {
            readonly ok: true;
            readonly problems: Problem[];
            readonly body: Uint8Array;
            readonly sections: Sections;
          };
    };

/** Redraw the bar with the time taken this often, so it moves through a long step too. */
const TICK_MS = 500;

/**
 * Load in the worker `file`, with as much heap as Node gives this process (so
 * `NODE_OPTIONS=--max-old-space-size=N` raises both). Running out of it is a DataError.
 */
export async function buildInWorker(
  file: string,
  dir: string,
  progress?: LoadProgress,
  asOf?: number,
  shown = dir,
): Promise<ColdResult> {
  const heapMb = Math.floor(getHeapStatistics().heap_size_limit / 2 ** 20);
  const worker = new Worker(file, {
    workerData: { dir, asOf },
    resourceLimits: { maxOldGenerationSizeMb: heapMb },
  });
  const started = Date.now();
  let last: [LoadStep, number, number, string | undefined] | undefined;
  const draw = () => {
    if (!last) return;
    const [step, done, total, detail] = last;
    const seconds = Math.floor((Date.now() - started) / 1000);
    progress?.(step, done, total, [detail, seconds ? `(${seconds} s)` : ''].filter(Boolean).join(' '));
  };
  const tick = progress ? setInterval(draw, TICK_MS) : undefined;
  try {
    const result = await new Promise<Extract<WorkerMessage, { result: unknown }>['result']>(
      (resolve, reject) => {
        worker.on('message', (m: WorkerMessage) => {
          if ('progress' in m) {
            last = m.progress;
            draw();
          } else resolve(m.result);
        });
        worker.on('error', (e: NodeJS.ErrnoException) =>
          reject(
            e.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? localizedError(DataError, (lang) =>
                  dataMsg(lang, 'data.outOfMemory', { dir: shown, mib: heapMb }),
                )
              : e,
          ),
        );
        worker.on('exit', (code) => reject(new Error(`the data loader stopped (exit ${code})`)));
      },
    );
    if (!result.ok) return result;
    const { body } = result;
    return { ...result, body: Buffer.from(body.buffer, body.byteOffset, body.byteLength) };
  } finally {
    if (tick) clearInterval(tick);
    void worker.terminate();
  }
}
