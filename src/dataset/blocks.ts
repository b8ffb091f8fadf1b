// The fast path for one block-style record: what `yaml.stringify` writes and people type, an
// item of a top-level list over several indented lines (`- id: x`, `  parties:`, `    - a`).
// The `yaml` library builds a syntax tree with positions for every node, about 0.1 ms per record
// and a hundred bytes per byte of text; this reads the common subset straight into plain data:
// mappings with plain keys, block lists, one-line `[a, b]` lists, plain, single- and
// double-quoted scalars (folded over lines too), comments. Anything else (anchors, tags, block
// scalars, escapes only YAML knows, tabs, odd keys, duplicate keys, numbers written in unusual
// ways, ...) answers undefined and the caller parses the record with the full parser, which
// gives the same data or YAML's own message at the right line. Pure.
//
// Scalars are resolved as the YAML 1.2 core schema does (the `yaml` package's default): null,
// true/false, integers and decimals in their plain forms; every other scalar that the core
// schema would turn into a number (0125, 1e3, 0x1f, .inf, ...) is left to the full parser.

/** Records nest three levels (partner → seeking → areas); deeper goes to the full parser. */
const MAX_DEPTH = 8;
/** Characters the fast path does not judge: tabs, control characters, lone CR, odd Unicode. */
const ODD = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|\r(?!\n)/;
const NOT_A_STRING_KEY = /^(?:true|True|TRUE|false|False|FALSE|null|Null|NULL)$/;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** A plain scalar cannot start with these (YAML indicators); `-` only when a space follows. */
const INDICATORS = new Set([...'-?:,[]{}#&*!|>\'"%@`']);
/** Any plain scalar the core schema reads as a number. */
const NUMBERISH =
  /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
/** The numbers read here: integers and decimals as Number() reads them exactly as YAML does. */
const SIMPLE_NUMBER = /^-?(?:0|[1-9][0-9]{0,14})(?:\.[0-9]{1,15})?$/;

/** Thrown inside the reader when the text is outside the subset; never escapes this module. */
const OUTSIDE = Symbol('outside the fast subset');

/** The record in `text` (one item of a top-level list, starting with "- "), or undefined. */
export function blockItem(text: string): unknown {
  if (ODD.test(text)) return undefined;
  try {
    return new ItemReader(text).item();
  } catch {
    // Outside the subset (or a case this reader gets wrong): the full parser is always right.
    return undefined;
  }
}

const outside = (): never => {
  throw OUTSIDE;
};

class ItemReader {
  readonly #s: string;
  /** Start of the current line, its end (before any CR) and its indent; `#at === #s.length` at the end. */
  #at = 0;
  #end = 0;
  #indent = 0;

  constructor(s: string) {
    this.#s = s;
    this.#load(0);
  }

  item(): unknown {
    const s = this.#s;
    if (s.charCodeAt(0) !== 0x2d || s.charCodeAt(1) !== 0x20) outside(); // "- "
    const value = this.#entry(0, this.#skipSpaces(1), 1);
    if (this.#at < s.length) outside(); // lines left over: less indented than the item, or stray
    return value;
  }

  /** Point at the line starting at `at` (or the end of the text). */
  #load(at: number): void {
    const s = this.#s;
    this.#at = at;
    let end = s.indexOf('\n', at);
    if (end < 0) end = s.length;
    this.#end = s.charCodeAt(end - 1) === 0x0d ? end - 1 : end;
    let i = at;
    while (s.charCodeAt(i) === 0x20) i++;
    this.#indent = i - at;
  }

  #nextLine(): void {
    const nl = this.#s.indexOf('\n', this.#at);
    this.#load(nl < 0 ? this.#s.length : nl + 1);
  }

  /** Whether the current line is blank or only a comment. */
  #isEmptyLine(): boolean {
    const c = this.#s.charCodeAt(this.#at + this.#indent);
    return this.#at + this.#indent >= this.#end || c === 0x23;
  }

  /** Move to the next line with content (past blank and comment lines). */
  #nextContent(): void {
    this.#nextLine();
    while (this.#at < this.#s.length && this.#isEmptyLine()) this.#nextLine();
  }

  #skipSpaces(i: number): number {
    while (this.#s.charCodeAt(i) === 0x20) i++;
    return i;
  }

  /**
   * A list entry's or a mapping value's node starting inline at `pos` on the current line (column
   * `pos - line start`), inside a parent indented `parent`. Leaves the cursor on the next line
   * with content after the node.
   */
  #entry(parent: number, pos: number, depth: number): unknown {
    if (depth > MAX_DEPTH) outside();
    const s = this.#s;
    const col = pos - this.#at;
    const c = s.charCodeAt(pos);
    if (pos >= this.#end || c === 0x23) outside(); // "-" alone, or "- # comment": rare forms
    if (c === 0x2d && (s.charCodeAt(pos + 1) === 0x20 || pos + 1 === this.#end)) outside(); // "- - x"
    if (this.#keyEnd(pos) >= 0) return this.#mapping(col, pos, depth);
    return this.#inline(parent, pos);
  }

  /** Index of the colon after a plain key at `pos` ("name: ..." or "name:"), or -1. */
  #keyEnd(pos: number): number {
    // Keys the fast path takes: plain words. Others (quoted, spaced, ...) go to the full parser.
    const s = this.#s;
    if (!isKeyChar(s.charCodeAt(pos)) || isDigitOrDash(s.charCodeAt(pos))) return -1;
    let i = pos + 1;
    while (i < this.#end && isKeyChar(s.charCodeAt(i))) i++;
    if (s.charCodeAt(i) !== 0x3a) return -1;
    return i + 1 === this.#end || s.charCodeAt(i + 1) === 0x20 ? i : -1;
  }

  /** A block mapping whose keys stand at column `col`; the first key at `pos` on the current line. */
  #mapping(col: number, pos: number, depth: number): Record<string, unknown> {
    const s = this.#s;
    const out: Record<string, unknown> = {};
    for (;;) {
      const colon = this.#keyEnd(pos);
      if (colon < 0) outside();
      const key = s.slice(pos, colon);
      if (FORBIDDEN_KEYS.has(key) || NOT_A_STRING_KEY.test(key) || Object.hasOwn(out, key)) outside();
      const after = this.#skipSpaces(colon + 1);
      if (after >= this.#end || s.charCodeAt(after) === 0x23) {
        // The value is on the lines below: deeper, or a list at the key's own indent.
        this.#nextContent();
        const more = this.#at < s.length;
        if (more && this.#indent > col) out[key] = this.#block(col, depth + 1);
        else if (more && this.#indent === col && this.#isDash(this.#at + col))
          out[key] = this.#list(col, depth + 1);
        else out[key] = null;
      } else out[key] = this.#inline(col, after);
      if (this.#at >= s.length || this.#indent < col) return out;
      if (this.#indent > col) outside();
      pos = this.#at + col;
    }
  }

  #isDash(i: number): boolean {
    return this.#s.charCodeAt(i) === 0x2d && (this.#s.charCodeAt(i + 1) === 0x20 || i + 1 === this.#end);
  }

  /** A node on lines of its own, the first being the current line, deeper than `parent`. */
  #block(parent: number, depth: number): unknown {
    if (depth > MAX_DEPTH) outside();
    const col = this.#indent;
    const pos = this.#at + col;
    if (this.#isDash(pos)) return this.#list(col, depth);
    if (this.#keyEnd(pos) >= 0) return this.#mapping(col, pos, depth);
    return outside(); // a scalar on a line of its own: rare, and folding rules apply
  }

  /** A block list whose dashes stand at column `col`, the first on the current line. */
  #list(col: number, depth: number): unknown[] {
    const out: unknown[] = [];
    for (;;) {
      const pos = this.#at + col;
      if (!this.#isDash(pos) || pos + 1 === this.#end) outside();
      out.push(this.#entry(col, this.#skipSpaces(pos + 1), depth + 1));
      if (this.#at >= this.#s.length || this.#indent < col) return out;
      if (this.#indent > col || !this.#isDash(this.#at + col)) return this.#indent === col ? out : outside();
    }
  }

  /**
   * A scalar or a one-line flow list at `pos`, inside a parent indented `parent`: lines below
   * indented deeper than the parent continue a plain or quoted scalar (folded with spaces).
   */
  #inline(parent: number, pos: number): unknown {
    const s = this.#s;
    const c = s.charCodeAt(pos);
    if (c === 0x22 || c === 0x27) return this.#quoted(parent, pos);
    if (c === 0x5b || c === 0x7b) {
      const value = c === 0x5b ? this.#flowList(pos) : this.#emptyMap(pos);
      this.#nextContent();
      if (this.#at < s.length && this.#indent > parent) outside();
      return value;
    }
    if (INDICATORS.has(s[pos]!) && !(c === 0x2d && s.charCodeAt(pos + 1) !== 0x20)) outside();
    let commented = this.#hasComment(pos);
    let text = this.#plainLine(pos, this.#end);
    // Continuation lines: deeper than the parent, folded into one line with spaces. A comment
    // ends the scalar, so nothing may follow one.
    this.#nextLine();
    while (this.#at < s.length && this.#indent > parent && !this.#isEmptyLine()) {
      const start = this.#at + this.#indent;
      if (commented || this.#isDash(start) || /^[?:](?: |$)/.test(s.slice(start, start + 2))) outside();
      commented = this.#hasComment(start);
      text += ` ${this.#plainLine(start, this.#end)}`;
      this.#nextLine();
    }
    this.#skipEmpty(parent);
    return plainValue(text);
  }

  /** After a node: past blank and comment lines, which must not be followed by deeper lines. */
  #skipEmpty(parent: number): void {
    while (this.#at < this.#s.length && this.#isEmptyLine()) this.#nextLine();
    if (this.#at < this.#s.length && this.#indent > parent) outside();
  }

  /** Whether the current line has a comment (" #") from `from` on: searched up to its end only. */
  #hasComment(from: number): boolean {
    const s = this.#s;
    for (let i = from + 1; i < this.#end; i++)
      if (s.charCodeAt(i) === 0x23 && s.charCodeAt(i - 1) === 0x20) return true;
    return false;
  }

  /** The plain scalar text between `from` and `to` (a comment cut off), or outside if YAML would read more into it. */
  #plainLine(from: number, to: number): string {
    const line = this.#s.slice(from, to);
    const hash = line.indexOf(' #');
    const text = trimSpaces(hash >= 0 ? line.slice(0, hash) : line);
    if (!text || text.includes(': ') || text.endsWith(':')) outside();
    return text;
  }

  /** A quoted scalar (single or double) at `pos`, maybe folded over lines deeper than `parent`. */
  #quoted(parent: number, pos: number): string {
    const s = this.#s;
    const q = s[pos]!;
    const pieces: string[] = [];
    let from = pos + 1;
    for (;;) {
      const close = this.#closingQuote(q, from);
      if (close >= 0) {
        pieces.push(s.slice(from, close));
        const rest = this.#skipSpaces(close + 1);
        if (rest < this.#end && !(s.charCodeAt(rest) === 0x23 && rest > close + 1)) outside();
        break;
      }
      pieces.push(s.slice(from, this.#end));
      this.#nextLine();
      if (this.#at >= s.length || this.#indent <= parent || this.#isBlank()) outside();
      from = this.#at + this.#indent;
    }
    this.#nextLine();
    this.#skipEmpty(parent);
    // Folded: each line break becomes a space, the white space around it dropped.
    const text =
      pieces.length === 1
        ? pieces[0]!
        : pieces.map((p, i) => (i < pieces.length - 1 ? trimSpaces(p, true) : p)).join(' ');
    if (q === "'") return text.replaceAll("''", "'");
    if (!text.includes('\\')) return text;
    // Escapes JSON shares with YAML mean the same; YAML's others (\x, \N, \_, ...) go to the full parser.
    if (pieces.length > 1 || /\\[^"\\/bfnrtu]|\\u(?![0-9a-fA-F]{4})/.test(text)) outside();
    return JSON.parse(`"${text}"`) as string;
  }

  #isBlank(): boolean {
    return this.#at + this.#indent >= this.#end;
  }

  /** Index of the quote closing a scalar on the current line from `from`, or -1 when it goes on. */
  #closingQuote(q: string, from: number): number {
    const s = this.#s;
    for (let i = from; i < this.#end; i++) {
      const c = s[i];
      if (q === '"' && c === '\\') i++;
      else if (c === q) {
        if (q === "'" && s[i + 1] === "'") i++;
        else return i;
      }
    }
    return -1;
  }

  /** `[]` or `[a, "b", 'c']` on one line: scalars only. */
  #flowList(pos: number): unknown[] {
    const s = this.#s;
    const close = s.indexOf(']', pos);
    if (close < 0 || close >= this.#end) outside();
    const rest = this.#skipSpaces(close + 1);
    if (rest < this.#end && !(s.charCodeAt(rest) === 0x23 && rest > close + 1)) outside();
    const inner = s.slice(pos + 1, close);
    if (!trimSpaces(inner)) return [];
    // Quotes, nesting, colons and comments inside a flow list: the full parser.
    if (/["'[\]{}#:]/.test(inner)) outside();
    return inner.split(',').map((item) => {
      const t = trimSpaces(item);
      if (!t || INDICATORS.has(t[0]!)) outside();
      return plainValue(t);
    });
  }

  #emptyMap(pos: number): Record<string, never> {
    const s = this.#s;
    if (s.charCodeAt(pos + 1) !== 0x7d) outside();
    const rest = this.#skipSpaces(pos + 2);
    if (rest < this.#end && !(s.charCodeAt(rest) === 0x23 && rest > pos + 2)) outside();
    return {};
  }
}

/** Without the spaces around it (or after it only): YAML's white space, not JavaScript's (no-break space is text). */
function trimSpaces(s: string, endOnly = false): string {
  let a = 0;
  let b = s.length;
  if (!endOnly) while (s.charCodeAt(a) === 0x20) a++;
  while (b > a && s.charCodeAt(b - 1) === 0x20) b--;
  return s.slice(a, b);
}

/** Letters, digits, `_` and `-`. */
function isKeyChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x30 && c <= 0x39) ||
    c === 0x5f ||
    c === 0x2d
  );
}
const isDigitOrDash = (c: number) => (c >= 0x30 && c <= 0x39) || c === 0x2d;

/** A plain scalar's value under the YAML 1.2 core schema. */
function plainValue(text: string): unknown {
  const c = text.charCodeAt(0);
  if ((c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2b || c === 0x2e) {
    if (SIMPLE_NUMBER.test(text)) return Number(text);
    if (NUMBERISH.test(text)) outside();
    return text;
  }
  if (text === '~' || text === 'null' || text === 'Null' || text === 'NULL') return null;
  if (text === 'true' || text === 'True' || text === 'TRUE') return true;
  if (text === 'false' || text === 'False' || text === 'FALSE') return false;
  return text;
}
