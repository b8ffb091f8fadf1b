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
  fstatSync,
  fsyncSync,
  linkSync,
  lstatSync,
  openSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  type Stats,
  statSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { trackTemp, untrackTemp } from '../cleanup.js';
import { keyed, localizedError, OutputError } from '../errors.js';
import { type MessageKey, msg } from '../messages/index.js';
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
  // A named pipe whose reader left early took what it wanted: nothing to report, as on stdout.
  if (await writeFileSafely(target, data, !!opts.force, opts.output))
    ctx.say('note.wrote', { file: opts.output! });
}

type Kind = 'missing' | 'file' | 'stream' | 'folder' | 'other';

interface Target {
  /** The path written: the link's target for a symbolic link. */
  readonly path: string;
  readonly kind: Kind;
  readonly stats?: Stats;
  /** For /dev/stdout and the like: this process's own open file, written as it is. */
  readonly fd?: number;
}

/** Writes the data; false when a named pipe's reader left before the end (the rest not wanted). */
type Write = (t: Target, data: Payload, force: boolean, shown: string) => void | boolean | Promise<boolean>;

/** What each kind of path gets. A new kind of path is a new entry. */
const TARGETS: Readonly<Record<Kind, Write>> = Object.freeze({
  missing: (t, data, _force, shown) => replaceAtomically(t, data, false, shown),
  file: (t, data, force, shown) => {
    if (!force) throw exists(shown);
    replaceAtomically(t, data, true, shown);
  },
  stream: (t, data, _force, shown) => writeInto(t, data, shown),
  folder: (_t, _data, _force, shown) => {
    throw cannotWrite(shown, 'write.isFolder');
  },
  other: (_t, _data, _force, shown) => {
    throw cannotWrite(shown, 'write.special');
  },
});

export async function writeFileSafely(
  target: string,
  data: Payload,
  force: boolean,
  shown = target,
): Promise<boolean> {
  const t = inspect(target, shown);
  return (await TARGETS[t.kind](t, data, force, shown)) !== false;
}

/** What the path is, following a symbolic link to what it points at. */
function inspect(path: string, shown: string): Target {
  let stats: Stats;
  try {
    stats = lstatSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { path, kind: 'missing' };
    throw failed(e, shown);
  }
  if (!stats.isSymbolicLink()) return { path, kind: kindOf(stats), stats };
  // /dev/stdout and the like: an open file of this process (a pipe, a terminal, or the file the
  // shell redirected to). Written into, never replaced: replacing would write to a new file
  // nobody holds open.
  const fd = ownFd(path);
  if (fd !== undefined) {
    try {
      fstatSync(fd);
    } catch (e) {
      throw failed(e, shown);
    }
    return { path, kind: 'stream', fd };
  }
  let real: string;
  try {
    real = realpathSync(path);
    stats = statSync(real);
  } catch (e) {
    throw (e as NodeJS.ErrnoException).code === 'ENOENT'
      ? cannotWrite(shown, 'write.danglingLink')
      : failed(e, shown);
  }
  return { path: real, kind: kindOf(stats), stats };
}

/** Names of this process's open files: /dev/stdout, /dev/stderr, /dev/fd/N, /proc/self/fd/N. */
const OWN_FD: readonly [RegExp, (m: RegExpExecArray) => number][] = [
  [/^\/dev\/stdout$/, () => 1],
  [/^\/dev\/stderr$/, () => 2],
  [/^\/dev\/fd\/(\d+)$/, (m) => Number(m[1])],
  [new RegExp(`^/proc/(?:self|thread-self|${process.pid})/fd/(\\d+)$`), (m) => Number(m[1])],
];

/** The file descriptor a link names (or a link it points to), if it is one of this process's. */
function ownFd(path: string): number | undefined {
  let p = path;
  for (let hops = 0; hops < 40; hops++) {
    for (const [re, fd] of OWN_FD) {
      const m = re.exec(p);
      if (m) return fd(m);
    }
    try {
      p = resolve(dirname(p), readlinkSync(p));
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function kindOf(s: Stats): Kind {
  if (s.isFile()) return 'file';
  if (s.isCharacterDevice() || s.isFIFO()) return 'stream';
  if (s.isDirectory()) return 'folder';
  return 'other';
}

/** A device or a named pipe: open and write, as `> PATH` would. A pipe waits for its reader. */
async function writeInto(t: Target, data: Payload, shown: string): Promise<boolean> {
  // Non-blocking throughout, waiting on timers: a blocked open() or write() would hold one of
  // Node's threads, and the process could then not exit on Ctrl+C.
  let fd = t.fd;
  while (fd === undefined) {
    try {
      // O_APPEND: harmless on a device or a pipe, and what is in a file stays.
      fd = openSync(t.path, constants.O_WRONLY | constants.O_APPEND | constants.O_NONBLOCK);
    } catch (e) {
      // ENXIO on a named pipe: nobody reads it yet. Wait for the reader, as the shell does.
      if ((e as NodeJS.ErrnoException).code !== 'ENXIO' || !t.stats?.isFIFO()) throw failed(e, shown);
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
        const code = (e as NodeJS.ErrnoException).code;
        // The reader of a named pipe went away (`head -c10 p`): its choice, as with `| head -1`
        // on stdout. The rest is not wanted: done, not an error.
        if (code === 'EPIPE' && t.stats?.isFIFO()) return false;
        // EAGAIN: the pipe is full until its reader catches up.
        if (code !== 'EAGAIN') throw failed(e, shown);
        await pause();
      }
    }
  } finally {
    // This process's own stdout (or other open file) stays open.
    if (t.fd === undefined) closeSync(fd);
  }
  return true;
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
  trackTemp(temp);
  try {
    let fd: number;
    try {
      fd = openSync(temp, 'wx', 0o644);
    } catch (e) {
      throw failed(e, shown);
    }
    try {
      writeAll(fd, data);
      fsyncSync(fd);
    } catch (e) {
      throw failed(e, shown);
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
        throw exists(shown);
      }
      throw failed(e, shown);
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

const exists = (shown: string) => keyed(OutputError, 'error.outputExists', { file: shown });

/** "cannot write FILE: REASON", in the reader's language. */
const cannotWrite = (shown: string, why: MessageKey, vars: Record<string, string> = {}) =>
  localizedError(OutputError, (lang) =>
    msg(lang, 'error.cannotWrite', { file: shown, reason: msg(lang, why, vars) }),
  );

/** What the system said, as a reason a person can act on. */
const REASONS: Readonly<Record<string, MessageKey>> = Object.freeze({
  ENOENT: 'write.noFolder',
  ENOTDIR: 'write.notFolder',
  EACCES: 'write.denied',
  EPERM: 'write.denied',
  EROFS: 'write.readOnly',
  ENOSPC: 'write.full',
  EDQUOT: 'write.quota',
  EISDIR: 'write.isFolder',
  ELOOP: 'write.loop',
});

function failed(e: unknown, shown: string): OutputError {
  const key = REASONS[(e as NodeJS.ErrnoException).code ?? ''];
  if (key) return cannotWrite(shown, key, { dir: dirname(shown) });
  const detail = e instanceof Error ? e.message : String(e);
  return localizedError(OutputError, (lang) =>
    msg(lang, 'error.cannotWrite', { file: shown, reason: detail }),
  );
}
