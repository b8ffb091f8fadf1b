// A data file read record by record: the items of its top-level list (each starts with "- " at
// column 0) are found by their first lines and parsed one at a time, so memory grows with the
// records, not with a syntax tree of the whole file (the `yaml` library needs about a hundred
// bytes per byte of text: gigabytes for 100,000 partners and 300,000 partnerships). Each item
// takes the quickest path that reads it exactly:
//   - one line written as JSON (what `npm run gen-data` writes): JSON.parse, after a scan for
//     duplicate and forbidden keys and depth (lines.ts);
//   - block style in the common subset (what `yaml.stringify` writes and people type): blocks.ts;
//   - anything else: the full YAML parser on the item's text alone, so a mistake gets YAML's
//     message at its own file:line:col in the big file.
// A file that needs to be read whole (anchors or aliases, which can reach across records; a
// second document or directives; a top level that is not a block list) is not for this path:
// the caller parses it whole. A "---" before the first item only opens the one document. Pure: text in, records and problems out.
import { blockItem } from './blocks.js';
import { jsonOffset, jsonRecord } from './lines.js';
import type { Problem } from './problems.js';

export interface Position {
  readonly line: number;
  readonly col: number;
}

export interface ItemsFile {
  readonly file: string;
  readonly value: unknown[] | undefined;
  readonly problems: Problem[];
  locate(path: readonly (string | number)[]): Position | undefined;
}

/** What the full parser makes of one item's text alone (as a one-item list). */
export interface ItemParse extends ItemsFile {
  /** It defines or uses anchors (&a, *a), which may reach other records. */
  readonly refs: boolean;
}
export type ParseText = (text: string) => ItemParse;

/** Why a file must be parsed whole, and the line that shows it. */
export interface WholeFile {
  readonly whole: 'anchors' | 'markers' | 'not a list';
  readonly line: number;
}

/** Report progress every this many lines: often enough for a smooth bar, rarely enough to be free. */
const PROGRESS_EVERY = 8192;
/** Column of a record's `{` (after "- "). */
const BODY_COL = 3;

/**
 * The records of a file whose top level is a block list, or why it must be parsed whole.
 * `each(record, index)` turns each record into what is kept (validation runs there, so the raw
 * record can go at once); `onProgress(done, total)` reports characters.
 */
export function parseItems(
  file: string,
  text: string,
  parseText: ParseText,
  each: (record: unknown, index: number) => unknown = (r) => r,
  onProgress?: (done: number, total: number) => void,
): ItemsFile | WholeFile {
  const records: unknown[] = [];
  /** Per record: where its item starts in the text, and its line (negative: one line of JSON). */
  const starts: number[] = [];
  const lines: number[] = [];
  const problems: Problem[] = [];

  let itemStart = -1;
  let itemLine = 0;
  let oneLine = true;
  const finish = (end: number): WholeFile | undefined => {
    if (itemStart < 0) return undefined;
    const index = records.length;
    const firstEnd = oneLine ? lineEnd(text, itemStart) : -1;
    const json =
      oneLine && text.charCodeAt(itemStart + 2) === 0x7b
        ? jsonRecord(text.slice(itemStart + 2, firstEnd))
        : undefined;
    if (json) {
      records.push(problems.length ? undefined : each(json, index));
      starts.push(itemStart);
      lines.push(-itemLine);
      return undefined;
    }
    const item = text.slice(itemStart, end);
    let value = blockItem(item);
    if (value === undefined) {
      const alone = parseText(item);
      if (alone.refs) return { whole: 'anchors', line: itemLine };
      for (const p of alone.problems) problems.push(shift(p, itemLine));
      if (alone.problems.length) value = undefined;
      else if (alone.value?.length === 1) value = alone.value[0];
      else return { whole: 'not a list', line: itemLine };
    }
    records.push(problems.length ? undefined : each(value, index));
    starts.push(itemStart);
    lines.push(itemLine);
    return undefined;
  };

  let line = 0;
  let seenStart = false;
  for (let start = 0; start < text.length;) {
    line++;
    const c = text.charCodeAt(start);
    const next = text.indexOf('\n', start);
    const end = next < 0 ? text.length : next + 1;
    if (line % PROGRESS_EVERY === 0) onProgress?.(start, text.length);
    if (c === 0x2d && isItemStart(text, start)) {
      // "---" opens the document: harmless before the first item (some tools write it), a
      // second document after it.
      if (text.startsWith('---', start)) {
        if (itemStart < 0 && !seenStart && isEmptyLine(text, start + 3, end)) {
          seenStart = true;
          start = end;
          continue;
        }
        return { whole: 'markers', line };
      }
      const whole = finish(start);
      if (whole) return whole;
      itemStart = start;
      itemLine = line;
      oneLine = true;
    } else if (!isEmptyLine(text, start, end)) {
      // Column 0: a document marker or directive, or something that is not a list item.
      if (c !== 0x20 && c !== 0x09) {
        if (text.startsWith('...', start) || c === 0x25) return { whole: 'markers', line };
        if (itemStart < 0) return { whole: 'not a list', line };
      } else if (itemStart < 0) return { whole: 'not a list', line };
      // Anything else belongs to the item above: its more lines, or a mistake its parse reports.
      oneLine = false;
    }
    start = end;
  }
  const whole = finish(text.length);
  if (whole) return whole;
  onProgress?.(text.length, text.length);
  if (!records.length && !problems.length) return { whole: 'not a list', line: 1 };
  if (problems.length) return { file, value: undefined, problems, locate: () => undefined };

  const locate = (path: readonly (string | number)[]): Position | undefined => {
    const index = path[0];
    if (typeof index !== 'number' || index < 0 || index >= records.length) return undefined;
    const at = lines[index]!;
    const start = starts[index]!;
    if (at < 0) {
      const body = text.slice(start + 2, lineEnd(text, start));
      return { line: -at, col: BODY_COL + jsonOffset(body, path.slice(1)) };
    }
    // Only a problem asks, so the item is parsed again, with positions, by the full parser.
    const end = index + 1 < starts.length ? starts[index + 1]! : text.length;
    const pos = parseText(text.slice(start, end)).locate([0, ...path.slice(1)]);
    return pos && { line: pos.line + at - 1, col: pos.col };
  };
  return { file, value: records, problems, locate };
}

/** "- " or "-" alone at the start of a line: an item of the top-level list (or "---"). */
function isItemStart(text: string, i: number): boolean {
  const c = text.charCodeAt(i + 1);
  return (
    c === 0x20 || c === 0x0a || c === 0x0d || Number.isNaN(c) || (c === 0x2d && text.startsWith('---', i))
  );
}

/** Blank, or only a comment. */
function isEmptyLine(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
  const c = text.charCodeAt(i);
  return i >= end || c === 0x0a || c === 0x0d || c === 0x23;
}

/** End of the line starting at `start`, before its CR LF. */
function lineEnd(text: string, start: number): number {
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  return text.charCodeAt(end - 1) === 0x0d ? end - 1 : end;
}

function shift(p: Problem, line: number): Problem {
  return p.line === undefined ? { ...p, line } : { ...p, line: p.line + line - 1 };
}
