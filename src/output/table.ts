// A plain-text table that fits a width: cells wrap within their column (nothing is cut), the
// flexible columns give way first; when the columns cannot fit at all, each row becomes a block
// of "Header: value" lines. Pure: returns lines; colour is applied after the layout is computed.
import { displayWidth, oneLine, padEnd, padStart, wrap } from './width.js';

export interface Column<R> {
  readonly header: string;
  readonly value: (row: R) => string;
  readonly align?: 'left' | 'right';
  /** Takes the space left over; gives way first when the table is too wide. */
  readonly flex?: boolean;
  /** Wrap at this width even when there is room. */
  readonly maxWidth?: number;
  /** Colour for a cell, applied after padding so widths stay right. */
  readonly style?: (cell: string, row: R) => string;
}

export interface TableOptions {
  readonly width: number;
  readonly gap?: number;
  readonly header?: (s: string) => string;
}

/** The least a column takes; it also takes its header and its longest word, up to LONG_WORD. */
const MIN_COLUMN = 4;
/** A word longer than this may be broken across lines; a shorter one never is (else the table stacks). */
const LONG_WORD = 14;
/** Below this many columns, rows are stacked whatever fits. */
const MIN_GRID_WIDTH = 60;

export function renderTable<R>(
  rows: readonly R[],
  columns: readonly Column<R>[],
  opts: TableOptions,
): string[] {
  const cells = rows.map((r) => columns.map((c) => oneLine(c.value(r))));
  const widths = columns.map((c, i) =>
    Math.min(
      c.maxWidth ?? Number.POSITIVE_INFINITY,
      // reduce, not Math.max(...cells): one argument per row overflows the stack on large data.
      cells.reduce((w, row) => Math.max(w, displayWidth(row[i]!)), displayWidth(c.header)),
    ),
  );
  // The least a column can take: the longest word of its header and cells, so no word is broken;
  // when those do not fit side by side, words longer than LONG_WORD may be.
  const leastWith = (cap: number) =>
    columns.map((c, i) =>
      Math.min(
        widths[i]!,
        cells.reduce(
          (w, row) => Math.max(w, longestWord(row[i]!, cap)),
          Math.max(longestWord(c.header, cap), MIN_COLUMN),
        ),
      ),
    );
  const fits = (ws: readonly number[], gap: number) =>
    ws.reduce((a, b) => a + b, 0) + gap * (columns.length - 1) <= opts.width;
  const whole = leastWith(Number.POSITIVE_INFINITY);
  const least = fits(whole, 1) ? whole : leastWith(LONG_WORD);
  // Two spaces between columns, or one when that is what makes the columns fit.
  const wanted = opts.gap ?? 2;
  const gap = fits(least, wanted) ? wanted : Math.min(wanted, 1);
  const total = () => widths.reduce((a, b) => a + b, 0) + gap * (columns.length - 1);
  // Flexible columns give way first, down to an equal share of the width; then the widest.
  const share = Math.floor((opts.width - gap * (columns.length - 1)) / columns.length);
  for (const i of columns.flatMap((c, j) => (c.flex ? [j] : []))) {
    const over = total() - opts.width;
    if (over > 0) widths[i] = Math.max(least[i]!, share, widths[i]! - over);
  }
  while (total() > opts.width) {
    let widest = -1;
    // The column with the most room above its least gives a column.
    for (let i = 0; i < widths.length; i++)
      if (widths[i]! > least[i]! && (widest < 0 || widths[i]! - least[i]! > widths[widest]! - least[widest]!))
        widest = i;
    if (widest < 0) break;
    widths[widest]! -= 1;
  }
  if (total() > opts.width || opts.width < MIN_GRID_WIDTH) return stacked(rows, columns, cells, opts);

  const sep = ' '.repeat(gap);
  const line = (values: string[], style?: (cell: string, i: number) => string): string[] => {
    const wrapped = values.map((v, i) => wrap(v, widths[i]!));
    const height = Math.max(1, ...wrapped.map((w) => w.length));
    return Array.from({ length: height }, (_, k) =>
      wrapped
        .map((w, i) => {
          const text = w[k] ?? '';
          const padded =
            columns[i]!.align === 'right' ? padStart(text, widths[i]!) : padEnd(text, widths[i]!);
          return style && text ? style(padded, i) : padded;
        })
        .join(sep)
        .trimEnd(),
    );
  };
  return [
    ...line(
      columns.map((c) => c.header),
      opts.header ? (cell) => opts.header!(cell) : undefined,
    ),
    ...cells.flatMap((values, r) => line(values, (cell, i) => columns[i]!.style?.(cell, rows[r]!) ?? cell)),
  ];
}

/** Columns of the longest word in a cell, counted up to `cap`. */
function longestWord(cell: string, cap: number): number {
  let w = 0;
  for (const word of cell.split(' ')) w = Math.max(w, Math.min(cap, displayWidth(word)));
  return w;
}

/** One block per row: the first column as its title, then "Header: value" for the others. */
function stacked<R>(
  rows: readonly R[],
  columns: readonly Column<R>[],
  cells: readonly string[][],
  opts: TableOptions,
): string[] {
  const out: string[] = [];
  const inner = Math.max(10, opts.width - 2);
  cells.forEach((values, r) => {
    if (r > 0) out.push('');
    const [title = '', ...rest] = values;
    const style = columns[0]!.style;
    out.push(...wrap(title, opts.width).map((l) => (style ? style(l, rows[r]!) : l)));
    rest.forEach((v, k) => {
      if (!v) return;
      const [first = '', ...more] = wrap(`${columns[k + 1]!.header}: ${v}`, inner);
      out.push(`  ${first}`);
      if (more.length) out.push(...wrap(more.join(' '), inner - 2).map((l) => `    ${l}`));
    });
  });
  return out;
}
