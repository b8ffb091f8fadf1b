// Which format to write: --format if given, else the -o file's extension, else the table.
// Pure: a table of extensions and one decision.
import { usage } from '../errors.js';
import type { Format } from './view.js';

/** The extensions that choose a format. Any other extension (.txt, none) keeps the default. */
export const FORMAT_OF_EXTENSION: Readonly<Record<string, Format>> = Object.freeze({
  '.csv': 'csv',
  '.md': 'md',
  '.json': 'json',
  '.xlsx': 'xlsx',
});

export interface FormatChoice {
  /** --format as given; undefined when it was not. */
  readonly format?: string;
  readonly output?: string;
  /** --excel, which only CSV takes: alone, it asks for CSV. */
  readonly excel?: boolean;
}

export function extensionOf(path: string): string {
  const m = /(\.[^./\\]+)$/.exec(path);
  return m ? m[1]!.toLowerCase() : '';
}

export function chooseFormat(opts: FormatChoice, allowed: readonly Format[]): Format {
  const ext = opts.output && opts.output !== '-' ? extensionOf(opts.output) : '';
  const byName = FORMAT_OF_EXTENSION[ext];
  if (opts.format) {
    if (byName && byName !== opts.format) {
      const ext = `.${opts.format === 'table' ? 'txt' : opts.format}`;
      throw usage('error.formatContradicts', { format: opts.format, file: opts.output!, byName, ext });
    }
    return opts.format as Format;
  }
  if (byName) {
    if (!allowed.includes(byName)) {
      throw usage('error.formatNotWritten', { file: opts.output!, byName, formats: allowed.join(', ') });
    }
    return byName;
  }
  return opts.excel && allowed.includes('csv') ? 'csv' : 'table';
}
