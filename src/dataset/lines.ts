// The fast path for large data files: one record per line, each `- {...}` (what `npm run
// gen-data` writes). The `yaml` library reads about 1.5 MB/s and needs ~80 bytes of memory per
// byte of input, so 100,000 partners and 300,000 partnerships (~90 MB) would take minutes and
// gigabytes. Here a line whose mapping is written as JSON (YAML 1.2 reads JSON as the same data)
// goes through JSON.parse; any other record line is parsed alone by the full YAML parser, so a
// hand-edited line still gets YAML's messages with its file:line:col. A file with any line that
// is not a one-line record (block style, indented keys, directives, anchors or aliases) is not
// for this path at all: the caller parses it whole. Pure: text in, records and problems out.
import type { Problem } from './problems.js';

export interface LineFile {
  readonly file: string;
  readonly value: unknown[] | undefined;
  readonly problems: Problem[];
  locate(path: readonly (string | number)[]): { line: number; col: number } | undefined;
}

/** How the full parser reads one record line alone (as a one-item YAML list). */
export type ParseText = (text: string) => LineFile;

/** Keys that could pollute Object.prototype: left to the full parser, which reports them. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Records nest two levels at most (partner → seeking → areas); deeper goes to the full parser. */
const MAX_JSON_DEPTH = 8;
/** Report progress every this many lines: often enough for a smooth bar, rarely enough to be free. */
const PROGRESS_EVERY = 8192;
/** Column of a record's `{` (after "- "). */
const BODY_COL = 3;

/**
 * Records of a one-record-per-line file, or undefined when the file is not in that form.
 * `onLine(done, total)` reports progress in characters.
 */
export function parseRecordLines(
  file: string,
  text: string,
  parseText: ParseText,
  onProgress?: (done: number, total: number) => void,
): LineFile | undefined {
  const records: unknown[] = [];
  /** Per record: its 1-based line, and how to locate inside it. */
  const lineOf: number[] = [];
  const bodies: Array<string | LineFile> = [];
  const problems: Problem[] = [];
  let line = 0;
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    line++;
    const raw = text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end);
    start = end + 1;
    if (line % PROGRESS_EVERY === 0) onProgress?.(start, text.length);

    const trimmed = raw.trimStart();
    if (!trimmed || trimmed.startsWith('#')) continue;
    if (!raw.startsWith('- ')) return undefined;
    const body = raw.slice(2);
    const json = body.startsWith('{') ? jsonRecord(body) : undefined;
    if (json) {
      records.push(json);
      lineOf.push(line);
      bodies.push(body);
      continue;
    }
    // Anchors, aliases and tags can reach across lines: only the whole file gives their meaning.
    if (/[&*!]/.test(body)) return undefined;
    const alone = parseText(raw);
    for (const p of alone.problems) problems.push(shift(p, line));
    if (alone.value?.length === 1) {
      records.push(alone.value[0]);
      lineOf.push(line);
      bodies.push(alone);
    } else if (!alone.problems.length) return undefined;
  }
  onProgress?.(text.length, text.length);
  if (!records.length && !problems.length) return undefined;
  if (problems.length) return { file, value: undefined, problems, locate: () => undefined };

  const locate = (path: readonly (string | number)[]) => {
    const index = path[0];
    if (typeof index !== 'number' || index < 0 || index >= records.length) return undefined;
    const at = lineOf[index]!;
    const body = bodies[index]!;
    if (typeof body !== 'string') {
      const pos = body.locate([0, ...path.slice(1)]);
      return pos && { line: pos.line + at - 1, col: pos.col };
    }
    return { line: at, col: BODY_COL + jsonOffset(body, path.slice(1)) };
  };
  return { file, value: records, problems, locate };
}

function shift(p: Problem, line: number): Problem {
  return p.line === undefined ? { ...p, line } : { ...p, line: p.line + line - 1 };
}

/** The mapping on a line written as JSON, unless it has something only YAML may judge. */
function jsonRecord(body: string): object | undefined {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  return keysAcceptable(body) ? value : undefined;
}

/**
 * JSON keeps the last of two equal keys where YAML reports a duplicate; JSON accepts keys that
 * the loader forbids; and nesting has a limit. Checks all three on a line JSON.parse accepted.
 */
function keysAcceptable(s: string): boolean {
  const objects: Array<Set<string> | undefined> = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22) {
      const end = stringEnd(s, i);
      const keys = objects.at(-1);
      if (keys) {
        let k = end + 1;
        while (s.charCodeAt(k) === 0x20) k++;
        if (s.charCodeAt(k) === 0x3a) {
          const raw = s.slice(i + 1, end);
          const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
          if (keys.has(key) || FORBIDDEN_KEYS.has(key)) return false;
          keys.add(key);
        }
      }
      i = end;
    } else if (c === 0x7b || c === 0x5b) {
      objects.push(c === 0x7b ? new Set() : undefined);
      if (objects.length > MAX_JSON_DEPTH) return false;
    } else if (c === 0x7d || c === 0x5d) objects.pop();
  }
  return true;
}

/** Index of the quote that closes the string opened at `start`. */
function stringEnd(s: string, start: number): number {
  let i = start;
  for (;;) {
    i = s.indexOf('"', i + 1);
    if (i < 0) return s.length;
    let slashes = 0;
    while (s.charCodeAt(i - 1 - slashes) === 0x5c) slashes++;
    if (slashes % 2 === 0) return i;
  }
}

/**
 * Offset in a JSON text of the node at `path`, or of the nearest existing parent (as the full
 * parser's locate does). Only called to place a problem, so clarity beats speed.
 */
export function jsonOffset(s: string, path: readonly (string | number)[]): number {
  let at = skipSpace(s, 0);
  for (const key of path) {
    const c = s[at];
    let found = -1;
    if (c === '{' && typeof key === 'string') {
      let i = skipSpace(s, at + 1);
      while (s[i] === '"') {
        const end = stringEnd(s, i);
        const name = JSON.parse(s.slice(i, end + 1)) as string;
        const value = skipSpace(s, skipSpace(s, end + 1) + 1);
        if (name === key) {
          found = value;
          break;
        }
        i = skipSpace(s, skipSpace(s, skipValue(s, value)) + 1);
      }
    } else if (c === '[' && typeof key === 'number') {
      let i = skipSpace(s, at + 1);
      for (let n = 0; s[i] !== ']' && i < s.length; n++) {
        if (n === key) {
          found = i;
          break;
        }
        i = skipSpace(s, skipSpace(s, skipValue(s, i)) + 1);
      }
    }
    if (found < 0) return at;
    at = found;
  }
  return at;
}

function skipSpace(s: string, i: number): number {
  while (i < s.length && (s[i] === ' ' || s[i] === '\t')) i++;
  return i;
}

/** Index just past the JSON value starting at `i`. */
function skipValue(s: string, i: number): number {
  const c = s[i];
  if (c === '"') return stringEnd(s, i) + 1;
  if (c === '{' || c === '[') {
    let depth = 0;
    for (let j = i; j < s.length; j++) {
      const d = s[j];
      if (d === '"') j = stringEnd(s, j);
      else if (d === '{' || d === '[') depth++;
      else if (d === '}' || d === ']') {
        depth--;
        if (!depth) return j + 1;
      }
    }
    return s.length;
  }
  let j = i;
  while (j < s.length && !',}] \t'.includes(s[j]!)) j++;
  return j;
}
