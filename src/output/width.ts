// Display width and wrapping of text in a terminal, measured by string-width and wrapped by
// wrap-ansi. Column alignment depends on them.
//
// Both libraries set up Intl.Segmenter when imported: about 12 ms of ICU start-up, a fifth of
// Node's own start-up and more than kp's whole budget over it (docs/performance.md). Most tables
// hold only Latin letters, punctuation, arrows and box drawing, where both libraries give one
// column per code point and nothing composes; such text is measured and wrapped here exactly as
// they would (test/output/width.test.ts holds the two equal, code point by code point and on
// random text). Any other text (CJK, emoji, combining marks, colour codes) throws NotPlain from
// the plain measure; `layout` then imports the libraries and renders again with them.

export interface Measure {
  /** Columns the text takes. */
  width(text: string): number;
  /** Lines of at most `columns`, broken at spaces, a longer word broken across lines. */
  wrap(text: string, columns: number): string[];
}

/** Text outside the plain set: measured by the libraries (thrown by the plain measure). */
class NotPlain extends Error {}

/**
 * Code points that string-width counts as one column each and that never compose with their
 * neighbours: printable ASCII, Latin-1 and Latin Extended-A/B (but the soft hyphen, which takes
 * none), general punctuation (– — ‘ ’ “ ” • …), arrows, box drawing and blocks (█ ░), ✓ ✔.
 */
const PLAIN =
  /^[\x20-\x7e\u00a0-\u00ac\u00ae-\u024f\u2010-\u2027\u2030-\u205e\u2190-\u21ff\u2500-\u259f\u2713\u2714]*$/;

const plainOrThrow = (text: string): string => {
  if (!PLAIN.test(text)) throw new NotPlain();
  return text;
};

/**
 * wrap-ansi's algorithm (hard, trim) for text of single spaces between words, one column each.
 * A row is a range of the text (its words and the single spaces between them), cut out once when
 * it is done: no string per word or per character, and no closures, since at start-up, in V8's
 * interpreter, those were most of what a table allocated.
 */
function wrapPlain(text: string, columns: number): string[] {
  if (!text.trim()) return [''];
  const rows: string[] = [];
  // The row being filled is text[start, end): where it is empty, it starts at what comes next.
  let start = 0;
  let end = 0;
  // Like wrap-ansi, a row is trimmed at its start (JavaScript's white space: of plain text, a
  // space or a no-break space) before each word until it holds something.
  let trimmed = false;
  for (let at = 0; ;) {
    const space = text.indexOf(' ', at);
    const wordEnd = space < 0 ? text.length : space;
    const wordLength = wordEnd - at;
    if (!trimmed) {
      while (start < end && isSpace(text.charCodeAt(start))) start++;
      trimmed = start < end;
    }
    // The space before the word joins a row that holds something.
    if (at > 0 && end > start) end = at;
    if (wordLength > columns) {
      // Start the word on this line only if that takes no more lines than starting on the next.
      const thisLine = 1 + Math.floor((wordLength - (columns - (end - start)) - 1) / columns);
      const nextLine = Math.floor((wordLength - 1) / columns);
      if (nextLine < thisLine) {
        rows.push(rowText(text, start, end));
        start = end;
        trimmed = false;
      }
      for (let k = at; k < wordEnd; k++) {
        if (end > start && end - start + 1 > columns) {
          rows.push(rowText(text, start, end));
          start = end;
          trimmed = false;
        }
        if (start === end) start = k;
        end = k + 1;
        if (end - start === columns && k < wordEnd - 1) {
          rows.push(rowText(text, start, end));
          start = end;
          trimmed = false;
        }
      }
    } else {
      if (end - start + wordLength > columns && end > start && wordLength > 0) {
        rows.push(rowText(text, start, end));
        start = end;
        trimmed = false;
      }
      if (start === end) start = at;
      end = wordEnd;
    }
    if (space < 0) break;
    at = space + 1;
  }
  rows.push(rowText(text, start, end));
  return rows;
}

/** The white space of plain text (PLAIN): what trimStart takes from the start of a row. */
const isSpace = (code: number) => code === 0x20 || code === 0xa0;

/** A row as text, without its trailing spaces (only U+0020: a no-break space is text, "32\u00a0106"). */
function rowText(text: string, start: number, end: number): string {
  while (end > start && text.charCodeAt(end - 1) === 0x20) end--;
  return text.slice(start, end);
}

export const plainMeasure: Measure = Object.freeze({
  width: (text: string) => plainOrThrow(text).length,
  wrap: (text: string, columns: number) => wrapPlain(plainOrThrow(text), columns),
});

/** The libraries' measure, imported on first need. */
export async function libraryMeasure(): Promise<Measure> {
  const [{ default: stringWidth }, { default: wrapAnsi }] = await Promise.all([
    import('string-width'),
    import('wrap-ansi'),
  ]);
  return Object.freeze({
    width: (text: string) => stringWidth(text),
    wrap: (text: string, columns: number) =>
      wrapAnsi(text, Math.max(1, columns), { hard: true, trim: true }).split('\n'),
  });
}

let active: Measure = plainMeasure;

/**
 * Render with the plain measure, or, when the text needs it, with the libraries': every table
 * and wrapped text is rendered inside this. Renderers are pure, so rendering twice is safe.
 */
export async function layout<T>(render: () => T): Promise<T> {
  try {
    return render();
  } catch (e) {
    if (!(e instanceof NotPlain)) throw e;
  }
  active = await libraryMeasure();
  return render();
}

/** Measure with the libraries from now on (tests; a run that knows its text needs them). */
export async function useLibraries(): Promise<void> {
  active = await libraryMeasure();
}

/** Columns `text` takes in a terminal. */
export function displayWidth(text: string): number {
  return active.width(text);
}

/** Lines of at most `columns` columns, broken at spaces (runs of white space count as one). */
export function wrap(text: string, columns: number): string[] {
  return active.wrap(oneLine(text), columns);
}

/**
 * `text` wrapped to `columns`, and the lines after the first wrapped again to `hang` columns: the
 * lines of a hanging indent ("  " before each line that goes on). Plain text whose words all fit
 * is filled in one pass (the same lines: nothing is broken or trimmed); other text is wrapped
 * twice, as said.
 */
export function wrapHanging(text: string, columns: number, hang: number): string[] {
  const one = oneLine(text);
  const filled = active === plainMeasure ? fillPlain(plainOrThrow(one), columns, hang) : undefined;
  if (filled) return filled;
  const lines = active.wrap(one, columns);
  if (lines.length < 2) return lines;
  const more = wrap(lines.slice(1).join(' '), hang);
  more.unshift(lines[0]!);
  return more;
}

/**
 * Plain one-line text filled with whole words: its first line up to `columns`, the others up to
 * `hang`. Undefined where wrapPlain would do more than that: a word longer than a line (broken)
 * or one that starts with white space (trimmed at the start of a line).
 */
function fillPlain(text: string, columns: number, hang: number): string[] | undefined {
  if (!text) return undefined;
  const longest = Math.min(columns, hang);
  const rows: string[] = [];
  let start = 0; // the line being filled is text[start, at - 1): its words so far
  let room = columns;
  for (let at = 0; ;) {
    const space = text.indexOf(' ', at);
    const end = space < 0 ? text.length : space;
    if (end === at || end - at > longest || isSpace(text.charCodeAt(at))) return undefined;
    // A word goes on the next line when, after a space, it would end past this one.
    if (at > start && end - start > room) {
      rows.push(text.slice(start, at - 1));
      start = at;
      room = hang;
    }
    if (space < 0) break;
    at = space + 1;
  }
  rows.push(text.slice(start));
  return rows;
}

/**
 * A web address: never broken, so it stays clickable and can be copied whole. With a scheme, from
 * www., or a host and a path as notes write them ("icld.se/kommunalt-partnerskap").
 */
export const isUrl = (word: string): boolean =>
  /^\W*(?:[a-z][a-z0-9+.-]*:\/\/|www\.|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\/)/i.test(word);

/**
 * `text` as lines of at most `width` columns, broken at spaces: the first line starts with
 * `indent`, the ones it continues on with `hang` (indents of spaces). A word too long for a line is
 * broken across lines, but never a URL: one that does not fit goes on a line of its own, whole,
 * with less indent if that makes it fit, and past the width if nothing does. A no-break space
 * ("32\u00a0106") joins, like a letter.
 */
export function fill(text: string, width: number, indent = '', hang = indent): string[] {
  const lines: string[] = [];
  let line = indent;
  let used = displayWidth(indent);
  let empty = true;
  const room = () => width - used;
  const put = (word: string, w: number) => {
    line += empty ? word : ` ${word}`;
    used += empty ? w : w + 1;
    empty = false;
  };
  const next = () => {
    lines.push(line);
    line = hang;
    used = displayWidth(hang);
    empty = true;
  };
  for (const word of oneLine(text).split(' ')) {
    if (!word) continue;
    const w = displayWidth(word);
    if ((empty ? w : w + 1) <= room()) {
      put(word, w);
      continue;
    }
    if (!empty) next();
    if (w <= room()) put(word, w);
    else if (isUrl(word)) {
      // Outdent as far as it takes to fit; a URL wider than the line keeps its indent.
      const left = Math.min(used, width - w);
      if (left >= 0) {
        line = ' '.repeat(left);
        used = left;
      }
      put(word, w);
    } else {
      // Broken where the line ends, the rest on lines of their own.
      const [head = '', ...tail] = active.wrap(word, Math.max(1, room()));
      put(head, displayWidth(head));
      for (const piece of tail.length
        ? active.wrap(tail.join(''), Math.max(1, width - displayWidth(hang)))
        : []) {
        next();
        put(piece, displayWidth(piece));
      }
    }
  }
  if (!empty) lines.push(line);
  return lines;
}

/** What oneLine changes: a tab or line break, two spaces together, a space at either end. */
const NOT_ONE_LINE = /[\t\r\n]| {2}|^ | $/;

/** Runs of spaces, tabs and line breaks as one space; a no-break space stays. */
export const oneLine = (text: string): string =>
  // Most text is one line already: a test allocates nothing, where each replace makes a string.
  NOT_ONE_LINE.test(text) ? text.replace(/[ \t\r\n]+/g, ' ').replace(/^ | $/g, '') : text;

export function padEnd(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

export function padStart(s: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(s))) + s;
}

/**
 * `text` cut to `width` columns, ending in "…" when cut. For the progress line only, drawn in a
 * callback that cannot wait for the libraries: it counts a code point as a column, which is exact
 * for plain text (a file name in CJK would be cut early). Tables wrap instead of cutting.
 */
export function truncate(text: string, width: number): string {
  const chars = Array.from(text);
  if (chars.length <= width) return text;
  if (width <= 1) return width === 1 ? '…' : '';
  return `${chars
    .slice(0, width - 1)
    .join('')
    .trimEnd()}…`;
}
