// Parse one YAML data file, keeping positions so every later problem can say file:line:col.
// The only module that imports `yaml`.
import {
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
} from 'yaml';
import { type ItemParse, parseItems, type WholeFile } from './items.js';
import { isDataKey } from '../messages/data.js';
import type { DataMessageKey, Message } from '../messages/index.js';
import { type Problem, type ProblemCode, says, told } from './problems.js';

/** Keys that could pollute Object.prototype when the data is turned into objects. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Aliases may repeat a node this many times in total; more is an alias bomb ("billion laughs"). */
const MAX_ALIAS_COUNT = 200;
/** Deeper nesting than this is never a data record; it is an attack or an accident. */
const MAX_DEPTH = 64;
/**
 * A file read whole (not record by record: see items.ts) needs about a hundred bytes of memory
 * per byte of text; larger ones are refused with a message rather than running out of memory.
 */
export const MAX_WHOLE_FILE_BYTES = 16 * 1024 * 1024;

export interface ParsedFile {
  readonly file: string;
  /** The file as plain data, or undefined when it could not be read as a list of records. */
  readonly value: unknown[] | undefined;
  readonly problems: Problem[];
  /** Line and column (1-based) of the node at `path`, or of its nearest existing parent. */
  locate(path: readonly (string | number)[]): { line: number; col: number } | undefined;
}

/** Where each record goes as it is read: `each` returns what is kept; `restart` forgets them all, when the file turns out to need reading whole. */
export interface RecordSink {
  each(record: unknown, index: number): unknown;
  restart(): void;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Parse a data file: record by record when its top level is a block list (items.ts), else whole.
 * `sink` hears each record as it is read (validation runs there, so the raw record can go at
 * once); `onProgress` hears how far the reading got, in characters.
 */
export function parseYamlFile(
  file: string,
  bytes: Uint8Array,
  onProgress?: (done: number, total: number) => void,
  sink?: RecordSink,
): ParsedFile {
  const problems: Problem[] = [];
  const fail = (code: ProblemCode, text: Message, line?: number, col?: number): ParsedFile => {
    problems.push({ severity: 'error', code, file, path: [], ...told(text), line, col });
    return { file, value: undefined, problems, locate: () => undefined };
  };

  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const { line, col } = firstInvalidUtf8(bytes);
    return fail('INVALID_UTF8', says('data.invalidUtf8'), line, col);
  }
  // A UTF-8 byte order mark (Windows editors write one) is not content.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim() || /^(\s*#.*\n?)*\s*$/.test(text)) {
    return fail('EMPTY_FILE', says('data.emptyFile'), 1, 1);
  }

  const items = parseItems(file, text, (item) => parseYamlText(file, item, true), sink?.each, onProgress);
  if (!('whole' in items)) return items;
  sink?.restart();
  if (bytes.length > MAX_WHOLE_FILE_BYTES) {
    return fail('TOO_LARGE_TO_READ_WHOLE', tooLargeMessage(items, bytes.length), items.line, 1);
  }
  const whole = parseYamlText(file, text);
  return sink && whole.value ? { ...whole, value: whole.value.map(sink.each) } : whole;
}

function tooLargeMessage({ whole, line }: WholeFile, bytes: number): Message {
  const why = says(
    (
      {
        anchors: 'data.whole.anchors',
        markers: 'data.whole.markers',
        'not a list': 'data.whole.notList',
      } as const
    )[whole],
    { line },
  );
  const mib = (n: number) => Math.round(n / 1024 / 1024);
  return says('data.tooLargeWhole', { mib: mib(bytes), why, max: mib(MAX_WHOLE_FILE_BYTES) });
}

/**
 * Parse YAML text with positions: the full parser, for any file a person may have written, or
 * for one item of a list alone (`item`: then say if it uses anchors, before resolving them).
 */
function parseYamlText(file: string, text: string, item = false): ItemParse {
  const problems: Problem[] = [];
  const fail = (code: ProblemCode, text: Message, line?: number, col?: number): ItemParse => {
    problems.push({ severity: 'error', code, file, path: [], ...told(text), line, col });
    return { file, value: undefined, problems, locate: () => undefined, refs: false };
  };
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  const at = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset));
  if (item && /[&*]/.test(text) && usesAnchors(doc)) {
    return { file, value: undefined, problems, locate: () => undefined, refs: true };
  }

  // After the first syntax error the parser's view of the rest is unreliable: report that one
  // (and any duplicate keys, which stand on their own) rather than a cascade of echoes.
  const syntax = doc.errors.filter((e) => e.code !== 'DUPLICATE_KEY');
  const shown = [...doc.errors.filter((e) => e.code === 'DUPLICATE_KEY'), ...syntax.slice(0, 1)];
  // A tab in the indentation of the line (or the one before) is the likely cause, whatever the
  // parser calls what it then finds ("Unexpected scalar at node end").
  const tabbed = (line: number | undefined) =>
    line !== undefined && line > 0 && /^ *\t/.test(text.split('\n', line)[line - 1] ?? '');
  for (const err of shown) {
    const pos = at(err.pos[0]);
    const hint =
      err.code !== 'DUPLICATE_KEY' && (tabbed(pos?.line) || tabbed((pos?.line ?? 0) - 1))
        ? 'TAB_AS_INDENT'
        : err.code;
    problems.push({
      severity: 'error',
      code: err.code === 'DUPLICATE_KEY' ? 'DUPLICATE_KEY' : 'YAML_SYNTAX',
      file,
      path: [],
      ...told(
        yamlMessage(
          err.code,
          err.message,
          err === syntax[0] && syntax.length > 1 ? says('data.yamlMore', { n: syntax.length - 1 }) : '',
          hint,
        ),
      ),
      line: pos?.line,
      col: pos?.col,
    });
  }
  if (problems.length) return { file, value: undefined, problems, locate: () => undefined, refs: false };

  const structural = checkStructure(doc, file, at);
  if (structural.length)
    return { file, value: undefined, problems: structural, locate: () => undefined, refs: false };

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    if (e instanceof ReferenceError) {
      return fail('ALIAS_BOMB', says('data.aliasBomb', { max: MAX_ALIAS_COUNT }));
    }
    throw e;
  }
  if (!Array.isArray(value)) {
    const pos = at(doc.contents?.range?.[0]);
    return fail('NOT_A_LIST', says('data.notAList'), pos?.line, pos?.col);
  }

  const locate = (path: readonly (string | number)[]) => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return at(node.range[0]);
      // A key whose value is empty has no node: point at the key instead.
      const parent = doc.getIn(path.slice(0, n - 1), true);
      const key = path[n - 1];
      if (isMap(parent) && key !== undefined) {
        const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === key);
        if (pair && isScalar(pair.key) && pair.key.range) return at(pair.key.range[0]);
      }
    }
    return undefined;
  };
  return { file, value, problems, locate, refs: false };
}

function usesAnchors(doc: Document): boolean {
  let found = false;
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node) || (node as { anchor?: string }).anchor) {
        found = true;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/** Forbidden keys and runaway nesting, found before the document is turned into objects. */
function checkStructure(
  doc: Document,
  file: string,
  at: (offset: number | undefined) => { line: number; col: number } | undefined,
): Problem[] {
  const problems: Problem[] = [];
  const report = (code: ProblemCode, text: Message, offset?: number) => {
    const pos = at(offset);
    problems.push({ severity: 'error', code, file, path: [], ...told(text), line: pos?.line, col: pos?.col });
  };
  const tooDeep = (path: readonly unknown[]) => path.filter((n) => isMap(n) || isSeq(n)).length > MAX_DEPTH;
  const deepMessage = says('data.tooDeep', { max: MAX_DEPTH });
  visit(doc, {
    Pair(_key, pair, path) {
      const key = isPair(pair) && isScalar(pair.key) ? pair.key : undefined;
      if (key && FORBIDDEN_KEYS.has(String(key.value))) {
        report('FORBIDDEN_KEY', says('data.forbiddenKey', { key: String(key.value) }), key.range?.[0]);
      }
      if (tooDeep(path)) {
        report('TOO_DEEP', deepMessage, key?.range?.[0]);
        return visit.BREAK;
      }
      return undefined;
    },
    Seq(_key, seq, path) {
      if (tooDeep(path)) {
        report('TOO_DEEP', deepMessage, isSeq(seq) ? seq.range?.[0] : undefined);
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return problems;
}

/** The YAML parser's error codes that have a hint of what to do. */
const YAML_HINTS: ReadonlySet<string> = new Set([
  'DUPLICATE_KEY',
  'BAD_INDENT',
  'MISSING_CHAR',
  'TAB_AS_INDENT',
]);

/**
 * A YAML parser error: in English the parser's own first line (it names the token), in other
 * languages what its code means; a hint for the common ones; `more` for the errors after it.
 */
function yamlMessage(code: string, message: string, more: Message | '', hintCode = code): Message {
  const first = message.split('\n')[0]?.replace(/\s*at line \d+, column \d+:?$/, '') ?? message;
  const meaning = `data.yamlError.${code}`;
  const detail = {
    en: first,
    key: isDataKey(meaning) ? meaning : 'data.yamlError.other',
  };
  return YAML_HINTS.has(hintCode)
    ? says('data.yamlWithHint', { detail, hint: says(`data.yamlHint.${hintCode}` as DataMessageKey), more })
    : says('data.yaml', { detail, more });
}

function firstInvalidUtf8(bytes: Uint8Array): { line: number; col: number } {
  let line = 1;
  let col = 1;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const need =
      b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return { line, col };
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return { line, col };
    }
    if (b === 0x0a) {
      line++;
      col = 1;
    } else col++;
    i += need + 1;
  }
  return { line, col };
}
