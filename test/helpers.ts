// Test helpers: run kp in-process against string buffers; the shipped dataset, loaded once.
import { join } from 'node:path';
import { inject } from 'vitest';
import type { Io } from '../src/io.js';
import { type Dataset, indexDataset } from '../src/core/dataset.js';
import { loadDataDir } from '../src/dataset/load.js';
import { run } from '../src/run.js';

export const ROOT = join(import.meta.dirname, '..');
export const DATA = join(ROOT, 'data');
export const FIXTURES = join(ROOT, 'test', 'fixtures');

export interface Result {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** stdout as bytes, for binary output. */
  readonly bytes: Buffer;
}

export function buffer(isTTY = false) {
  const chunks: Buffer[] = [];
  return {
    stream: {
      // Text, or bytes (a workbook on stdout).
      write: (s: string | Uint8Array) => {
        chunks.push(Buffer.from(s));
        return true;
      },
      isTTY,
      columns: 100,
    },
    text: () => Buffer.concat(chunks).toString('utf8'),
    bytes: () => Buffer.concat(chunks),
  };
}

/** Run `kp ARGS` in-process. The shipped data comes from the test snapshot unless --data is given. */
export async function kp(
  args: readonly string[],
  opts: { env?: Record<string, string>; cwd?: string; tty?: boolean } = {},
): Promise<Result> {
  const out = buffer(opts.tty);
  const err = buffer(opts.tty);
  const io: Io = {
    stdout: out.stream,
    stderr: err.stream,
    stdin: { isTTY: opts.tty ?? false },
    // The cache folder vitest.config.ts chose: runs with --data DIR must not fill the user's own.
    env: { NO_COLOR: '', XDG_CACHE_HOME: process.env.XDG_CACHE_HOME ?? '', ...opts.env },
    cwd: opts.cwd ?? ROOT,
  };
  const snapshot = inject('snapshot') || undefined;
  const code = await run(args, io, { dir: DATA, snapshot });
  return { code, stdout: out.text(), stderr: err.text(), bytes: out.bytes() };
}

let shipped: Dataset | undefined;
export function shippedDataset(): Dataset {
  if (!shipped) {
    const { dataset, problems } = loadDataDir(DATA);
    const errors = problems.filter((p) => p.severity === 'error');
    if (errors.length) throw new Error(`shipped data invalid: ${errors.map((e) => e.message).join('; ')}`);
    shipped = indexDataset(dataset);
  }
  return shipped;
}

/** Freeze a value and everything it holds, so a test proves nothing in it is written to. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
