// The worker thread that loads a data directory (see cold.ts): built into dist/load-worker.cjs.
// Progress goes to the main thread at most every 50 ms; the cache body goes back without a copy.
import { parentPort, workerData } from 'node:worker_threads';
import { buildDataset, type WorkerMessage } from './cold.js';
import type { LoadProgress } from './progress.js';

const POST_EVERY_MS = 50;
const port = parentPort!;
const post = (m: WorkerMessage, transfer?: ArrayBuffer[]) => port.postMessage(m, transfer);

let last = 0;
const progress: LoadProgress = (step, done, total, detail) => {
  const now = Date.now();
  if (now - last < POST_EVERY_MS && done < total) return;
  last = now;
  post({ progress: [step, done, total, detail] });
};

// No top-level await: the bundle is CommonJS.
const { dir, asOf } = workerData as { dir: string; asOf?: number };
void buildDataset(dir, progress, true, asOf).then((result) => {
  if (!result.ok || !result.body || !result.sections)
    return post({ result: { ok: false, problems: result.problems } });
  // A body in memory of its own, whole: that memory moves to the main thread.
  let body: Uint8Array = result.body;
  if (body.byteOffset !== 0 || body.buffer.byteLength !== body.byteLength) body = new Uint8Array(body);
  post({ result: { ok: true, problems: result.problems, body, sections: result.sections } }, [
    body.buffer as ArrayBuffer,
  ]);
});
