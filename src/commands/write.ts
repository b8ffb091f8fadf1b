// Write command output where the user asked, without ever harming what is there. The only module
// that writes files the user asked for. What happens depends on what the path is (TARGETS below):
// - nothing yet: a temporary file beside it, moved into place in one step (never a partial file);
// - a regular file: the same, and only with --force;
// - a symbolic link: followed; its target is what is written (replaced or written into as above),
//   and the link stays a link. A link to nothing is refused;
// - a character device or a FIFO (/dev/null, /dev/stdout, a named pipe): opened and written into,
//   as shell redirection does; no --force needed (like bash's noclobber, which only guards files);
// - a folder, a block device, a socket: refused.
// Every refusal and failure is an OutputError (exit 73) with one line.
import {
  chmodSync,
  closeSync,
  constants,
  fsyncSync,
  linkSync,
  lstatSync,
  openSync,
  realpathSync,
  renameSync,
  rmSync,
  type Stats,
  statSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { trackTemp, untrackTemp } from '../cleanup.js';
import { OutputError } from '../errors.js';
import type { Context } from './context.js';

export interface WriteOptions {
  /** A file path, or "-" (or nothing) for stdout. */
  readonly output?: string;
  readonly force?: boolean;
}

/** Text (a table, CSV, JSON, Markdown) or bytes (a workbook). */
export type Payload = string | Uint8Array;

export const toStdout = (opts: WriteOptions) => !opts.output || opts.output === '-';

export async function writeOutput(ctx: Context, payload: Payload, opts: WriteOptions): Promise<void> {
  if (toStdout(opts)) {
    if (typeof payload === 'string') ctx.write(payload);
    else ctx.io.stdout.write(payload);
    return;
  }
  const target = resolve(ctx.io.cwd, opts.output!);
  const data = typeof payload !== 'string' || payload.endsWith('\n') ? payload : `${payload}\n`;
  await writeFileSafely(target, data, !!opts.force, opts.output);
  ctx.note(`wrote ${opts.output}`);
}

type Kind = 'missing' | 'file' | 'stream' | 'folder' | 'other';

interface Target {
  /** The path written: the link's target for a symbolic link. */
  readonly path: string;
  readonly kind: Kind;
  readonly stats?: Stats;
}

type Write = (t: Target, data: Payload, force: boolean, shown: string) => void | Promise<void>;

/** What each kind of path gets. A new kind of path is a new entry. */
const TARGETS: Readonly<Record<Kind, Write>> = Object.freeze({
  missing: (t, data, _force, shown) => replaceAtomically(t, data, false, shown),
  file: (t, data, force, shown) => {
    if (!force) throw new OutputError(`${shown} exists; add --force to replace it (it was left unchanged)`);
    replaceAtomically(t, data, true, shown);
  },
  stream: (t, data, _force, shown) => writeInto(t.path, data, shown),
  folder: (_t, _data, _force, shown) => {
    throw new OutputError(`cannot write ${shown}: it is a folder; name a file in it`);
  },
  other: (_t, _data, _force, shown) => {
    throw new OutputError(`cannot write ${shown}: it is neither a file, a character device nor a named pipe`);
  },
});

export async function writeFileSafely(
  target: string,
  data: Payload,
  force: boolean,
  shown = target,
): Promise<void> {
  const t = inspect(target, shown);
  await TARGETS[t.kind](t, data, force, shown);
}

/** What the path is, following a symbolic link to what it points at. */
function inspect(path: string, shown: string): Target {
  let stats: Stats;
  try {
    stats = lstatSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { path, kind: 'missing' };
    throw new OutputError(`cannot write ${shown}: ${reason(e, dirname(shown))}`);
  }
  if (!stats.isSymbolicLink()) return { path, kind: kindOf(stats), stats };
  let real: string;
  try {
    real = realpathSync(path);
    stats = statSync(real);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new OutputError(
      code === 'ENOENT'
        ? `cannot write ${shown}: it is a symbolic link to a file that does not exist; write to the target's path instead`
        : `cannot write ${shown}: ${reason(e, dirname(shown))}`,
    );
  }
  return { path: real, kind: kindOf(stats), stats };
}

function kindOf(s: Stats): Kind {
  if (s.isFile()) return 'file';
  if (s.isCharacterDevice() || s.isFIFO()) return 'stream';
  if (s.isDirectory()) return 'folder';
  return 'other';
}

/** A device or a named pipe: open and write, as `> PATH` would. A pipe waits for its reader. */
async function writeInto(path: string, data: Payload, shown: string): Promise<void> {
  // Non-blocking throughout, waiting on timers: a blocked open() or write() would hold one of
  // Node's threads, and the process could then not exit on Ctrl+C.
  const fail = (e: unknown) => new OutputError(`cannot write ${shown}: ${reason(e, dirname(shown))}`);
  let fd: number | undefined;
  while (fd === undefined) {
    try {
      fd = openSync(path, constants.O_WRONLY | constants.O_NONBLOCK);
    } catch (e) {
      // ENXIO: a named pipe nobody reads yet. Wait for the reader, as the shell does.
      if ((e as NodeJS.ErrnoException).code !== 'ENXIO') throw fail(e);
      await pause();
    }
  }
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  try {
    let done = 0;
    while (done < bytes.length) {
      try {
        done += writeSync(fd, bytes, done);
      } catch (e) {
        // EAGAIN: the pipe is full until its reader catches up.
        if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw fail(e);
        await pause();
      }
    }
  } finally {
    closeSync(fd);
  }
}

const pause = () => new Promise((done) => setTimeout(done, 20));

/** Into a temporary file beside the target, then moved over it (force) or linked in (no race). */
function replaceAtomically(t: Target, data: Payload, force: boolean, shown: string): void {
  const target = t.path;
  // Not node:crypto for the random part: loading it costs a tenth of kp's start-up, and open()
  // with 'wx' below refuses a name that exists anyway.
  const temp = join(
    dirname(target),
    `.${basename(target)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`,
  );
  const dir = dirname(shown);
  trackTemp(temp);
  try {
    let fd: number;
    try {
      fd = openSync(temp, 'wx', 0o644);
    } catch (e) {
      throw new OutputError(`cannot write ${shown}: ${reason(e, dir)}`);
    }
    try {
      writeAll(fd, data);
      fsyncSync(fd);
    } catch (e) {
      throw new OutputError(`cannot write ${shown}: ${reason(e, dir)}`);
    } finally {
      closeSync(fd);
    }
    try {
      // A replaced file keeps its permissions (a shared folder's group-writable file stays so).
      if (t.stats) chmodSync(temp, t.stats.mode & 0o7777);
      if (force) renameSync(temp, target);
      // Without --force, link() refuses to replace a file that appeared meanwhile: no race.
      else linkSync(temp, target);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') {
        throw new OutputError(`${shown} exists; add --force to replace it (it was left unchanged)`);
      }
      throw new OutputError(`cannot write ${shown}: ${reason(e, dir)}`);
    }
  } finally {
    rmSync(temp, { force: true });
    untrackTemp(temp);
  }
}

function writeAll(fd: number, data: Payload): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let done = 0;
  while (done < bytes.length) done += writeSync(fd, bytes, done);
}

function reason(e: unknown, dir: string): string {
  const code = (e as NodeJS.ErrnoException).code;
  const reasons: Record<string, string> = {
    ENOENT: `the folder ${dir} does not exist`,
    ENOTDIR: `${dir} is not a folder`,
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the file system is read-only',
    ENOSPC: 'no space left on the device',
    EDQUOT: 'the disk quota is exceeded',
    EISDIR: 'it is a folder',
    ELOOP: 'too many symbolic links (a loop?)',
    ENXIO: 'nothing is reading from it',
  };
  return (code && reasons[code]) ?? (e instanceof Error ? e.message : String(e));
}
