// A Markdown table to paste into an email or an issue. Pure.

export interface MdColumn<R> {
  readonly header: string;
  readonly value: (row: R) => string;
  readonly align?: 'left' | 'right';
}

const escapeCell = (s: string) =>
  s
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    // A * would start emphasis: a flag such as "Tbilisi*" must show as written.
    .replace(/\*/g, '\\*')
    .replace(/\s*\n\s*/g, ' ')
    .trim();

export function renderMarkdown<R>(rows: readonly R[], columns: readonly MdColumn<R>[]): string[] {
  return [
    `| ${columns.map((c) => escapeCell(c.header)).join(' | ')} |`,
    `|${columns.map((c) => (c.align === 'right' ? '---:' : '---')).join('|')}|`,
    ...rows.map((r) => `| ${columns.map((c) => escapeCell(c.value(r))).join(' | ')} |`),
  ];
}
