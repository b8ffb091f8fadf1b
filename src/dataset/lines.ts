// The fastest path for a record (items.ts): one line, `- {...}`, its mapping written as JSON
// (what `npm run gen-data` writes; YAML 1.2 reads JSON as the same data), read by JSON.parse
// after a scan for what JSON would not report. And where a problem lies in such a line. Pure.

/** Keys that could pollute Object.prototype: left to the full parser, which reports them. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Records nest two levels at most (partner → seeking → areas); deeper goes to the full parser. */
const MAX_JSON_DEPTH = 8;

/** The mapping on a line written as JSON, unless it has something only YAML may judge. */
export function jsonRecord(body: string): object | undefined {
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
