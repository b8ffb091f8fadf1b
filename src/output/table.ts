// A plain-text table that fits a width: fixed columns keep their size, the flexible one gives way.
// Pure: returns lines; colour is applied by a callback after the layout is computed.
import { displayWidth, padEnd, padStart, truncate } from './width.js';

export interface Column<R> {
  readonly header: string;
  readonly value: (row: R) => string;
  readonly align?: 'left' | 'right';
  /** Takes the space left over; at most one flexible column per table is typical. */
  readonly flex?: boolean;
  readonly maxWidth?: number;
  /** Colour for a cell, applied after padding so widths stay right. */
  readonly style?: (cell: string, row: R) => string;
}

export interface TableOptions {
  readonly width: number;
  readonly gap?: number;
  readonly header?: (s: string) => string;
}

export function renderTable<R>(
  rows: readonly R[],
  columns: readonly Column<R>[],
  opts: TableOptions,
): string[] {
  const gap = opts.gap ?? 2;
  const cells = rows.map((r) => columns.map((c) => c.value(r).replace(/\s+/g, ' ').trim()));
  const natural = columns.map((c, i) =>
    Math.min(
      c.maxWidth ?? Number.POSITIVE_INFINITY,
      // reduce, not Math.max(...cells): one argument per row overflows the stack on large data.
      cells.reduce((w, row) => Math.max(w, displayWidth(row[i]!)), displayWidth(c.header)),
    ),
  );
  const total = () => natural.reduce((a, b) => a + b, 0) + gap * (columns.length - 1);
  // Shrink flexible columns first, then the widest ones, until the table fits.
  const flexible = columns.map((c, i) => (c.flex ? i : -1)).filter((i) => i >= 0);
  for (const i of flexible) {
    const over = total() - opts.width;
    if (over > 0) natural[i] = Math.max(displayWidth(columns[i]!.header), 8, natural[i]! - over);
  }
  while (total() > opts.width) {
    const widest = natural.indexOf(Math.max(...natural));
    if (natural[widest]! <= 6) break;
    natural[widest]! -= 1;
  }

  const sep = ' '.repeat(gap);
  const line = (values: string[], style?: (cell: string, i: number) => string) =>
    values
      .map((v, i) => {
        const w = natural[i]!;
        const cut = truncate(v, w);
        const padded = columns[i]!.align === 'right' ? padStart(cut, w) : padEnd(cut, w);
        return style ? style(padded, i) : padded;
      })
      .join(sep)
      .trimEnd();
  const head = line(
    columns.map((c) => c.header),
    opts.header ? (cell) => opts.header!(cell) : undefined,
  );
  return [
    head,
    ...cells.map((values, r) => line(values, (cell, i) => columns[i]!.style?.(cell, rows[r]!) ?? cell)),
  ];
}
