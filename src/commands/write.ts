// Write command output to a file safely: into a temporary file in the same folder, then moved
// into place in one step. An existing file is replaced only with --force. The only module that
// writes files the user asked for.
import { closeSync, fsyncSync, linkSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { trackTemp, untrackTemp } from '../cleanup.js';
import { OutputError } from '../errors.js';
import type { Context } from './context.js';

export interface WriteOptions {
  /** A file path, or "-" (or nothing) for stdout. */
  readonly output?: string;
  readonly force?: boolean;
}

export function writeOutput(ctx: Context, text: string, opts: WriteOptions): void {
  if (!opts.output || opts.output === '-') {
    ctx.write(text);
    return;
  }
  const target = resolve(ctx.io.cwd, opts.output);
  writeFileAtomically(target, text.endsWith('\n') ? text : `${text}\n`, !!opts.force, opts.output);
  ctx.note(`wrote ${opts.output}`);
}

export function writeFileAtomically(target: string, text: string, force: boolean, shown = target): void {
  const exists = statIfAny(target);
  if (exists?.isDirectory()) throw new OutputError(`cannot write ${shown}: it is a folder`);
  if (exists && !force)
    throw new OutputError(`${shown} exists; add --force to replace it (it was left unchanged)`);

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
      throw new OutputError(`cannot write ${shown}: ${reason(e, dirname(shown))}`);
    }
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } catch (e) {
      throw new OutputError(`cannot write ${shown}: ${reason(e, dirname(shown))}`);
    } finally {
      closeSync(fd);
    }
    try {
      if (force) renameSync(temp, target);
      // Without --force, link() refuses to replace a file that appeared meanwhile: no race.
      else linkSync(temp, target);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') {
        throw new OutputError(`${shown} exists; add --force to replace it (it was left unchanged)`);
      }
      throw new OutputError(`cannot write ${shown}: ${reason(e, dirname(shown))}`);
    }
  } finally {
    rmSync(temp, { force: true });
    untrackTemp(temp);
  }
}

function statIfAny(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function reason(e: unknown, dir: string): string {
  const code = (e as NodeJS.ErrnoException).code;
  const reasons: Record<string, string> = {
    ENOENT: `the folder ${dir} does not exist`,
    ENOTDIR: `${dir} is not a folder`,
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the file system is read-only',
    ENOSPC: 'the disk is full',
    EDQUOT: 'the disk quota is exceeded',
    EISDIR: 'it is a folder',
  };
  return (code && reasons[code]) ?? (e instanceof Error ? e.message : String(e));
}
