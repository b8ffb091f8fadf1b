// Read a data directory: the five YAML files, parsed with positions, validated, problems located.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Message } from '../messages/index.js';
import { type Problem, type ProblemCode, says, told } from './problems.js';
import type { LoadProgress } from './progress.js';
import { DATA_FILES, type DataFileKey, isOptional, type RawDataset } from './schema.js';
import { Validator } from './validate.js';
import { type ParsedFile, parseYamlFile } from './yaml.js';

/** Larger files are refused with a message rather than risking minutes of parsing and gigabytes. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;
/** A line longer than this is not a hand-edited record. */
export const MAX_LINE_CHARS = 1024 * 1024;

export interface LoadedData {
  readonly dir: string;
  readonly dataset: RawDataset;
  /** Errors and warnings, each with file, line and column where there is one. */
  readonly problems: Problem[];
}

export function loadDataDir(dir: string, progress?: LoadProgress): LoadedData {
  const parsed = new Map<string, ParsedFile>();
  const problems: Problem[] = [];
  const validator = new Validator();

  const keys = Object.keys(DATA_FILES) as DataFileKey[];
  const reads: Array<Read | undefined> = keys.map((key) => readDataFile(dir, DATA_FILES[key].file));
  // Progress in bytes over all files: the large files are most of the work.
  const total = reads.reduce((n, r) => n + (r && 'bytes' in r ? r.bytes.length : 0), 0);
  let before = 0;
  for (const [i, key] of keys.entries()) {
    const { file } = DATA_FILES[key];
    const read = reads[i]!;
    reads[i] = undefined; // the bytes can go once the file is read
    const check = validator.file(key);
    // An optional file left out holds no records; it is not a problem.
    if (read && 'problem' in read && read.problem.code === 'MISSING_FILE' && isOptional(key)) {
      check.done(true);
      continue;
    }
    if (!read || 'problem' in read) {
      if (read) problems.push(read.problem);
      check.done(false);
      continue;
    }
    // Characters read, scaled to this file's bytes: near enough for a bar.
    const scale = (done: number, of: number) =>
      progress?.('parse', before + (of ? (done / of) * read.bytes.length : 0), total, file);
    progress?.('parse', before, total, file);
    // Each record is checked against the schema as soon as it is read; only the result is kept.
    const result = parseYamlFile(file, read.bytes, progress && scale, check);
    before += read.bytes.length;
    parsed.set(file, result);
    for (const p of result.problems) problems.push(p);
    check.done(result.value !== undefined);
  }

  const { dataset, problems: found } = validator.finish(progress);
  const locate = (file: string, path: readonly (string | number)[]) => parsed.get(file)?.locate(path);
  for (const p of found) {
    const pos = locate(p.file, p.path);
    const rel = p.related && locate(p.related.file, p.related.path);
    problems.push({
      ...p,
      ...(pos && { line: pos.line, col: pos.col }),
      ...(p.related && rel && { related: { ...p.related, line: rel.line, col: rel.col } }),
    });
  }
  return { dir, dataset, problems };
}

type Read = { bytes: Uint8Array } | { problem: Problem };

function readDataFile(dir: string, file: string): Read {
  const path = join(dir, file);
  const fail = (code: ProblemCode, text: Message): Read => ({
    problem: { severity: 'error', code, file, path: [], ...told(text) },
  });
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) return fail('NOT_A_FILE', says('data.isDirectory'));
    if (!st.isFile()) return fail('NOT_A_FILE', says('data.notRegularFile'));
    size = st.size;
  } catch (e) {
    return fail(...fsProblem(e));
  }
  if (size > MAX_FILE_BYTES) {
    return fail('FILE_TOO_LARGE', says('data.fileTooLarge', { mib: mib(size), max: mib(MAX_FILE_BYTES) }));
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return fail(...fsProblem(e));
  }
  const long = longLine(bytes);
  if (long) {
    return {
      problem: {
        severity: 'error',
        code: 'LINE_TOO_LONG',
        file,
        path: [],
        line: long,
        col: 1,
        ...told(says('data.lineTooLong', { line: long, max: { count: MAX_LINE_CHARS } })),
      },
    };
  }
  return { bytes };
}

function fsProblem(e: unknown): [ProblemCode, Message] {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return ['MISSING_FILE', says('data.missingFile')];
    case 'ELOOP':
      return ['SYMLINK_LOOP', says('data.symlinkLoop')];
    case 'EACCES':
    case 'EPERM':
      return ['UNREADABLE', says('data.permissionDenied')];
    case 'EISDIR':
      return ['NOT_A_FILE', says('data.isDirectory')];
    default:
      return ['UNREADABLE', says('data.unreadable', { reason: code ?? String(e) })];
  }
}

/** The 1-based number of the first line over the limit, or 0. */
function longLine(bytes: Uint8Array): number {
  if (bytes.length <= MAX_LINE_CHARS) return 0;
  let line = 1;
  let start = 0;
  for (let i = bytes.indexOf(0x0a); ; i = bytes.indexOf(0x0a, start)) {
    const end = i < 0 ? bytes.length : i;
    if (end - start > MAX_LINE_CHARS) return line;
    if (i < 0) return 0;
    start = i + 1;
    line++;
  }
}

const mib = (n: number) => Math.round(n / 1024 / 1024);
