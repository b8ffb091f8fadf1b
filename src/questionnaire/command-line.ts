// The `kp match` command line that gives the same result as the answers, so a person learns the
// flags as they go. Pure.
import type { Lang } from '../output/labels.js';

/** kp match --limit when not given. */
export const DEFAULT_LIMIT = 10;

/** Characters a POSIX shell never treats specially, letters of any script included. */
const SAFE = /^[\p{L}\p{N}_\-.,=/:@%+]+$/u;

/** One argument for sh, bash and zsh: as it is when safe, else in single quotes. */
export function shellQuote(arg: string): string {
  // zsh expands a word that starts with "=" into a command's path.
  if (SAFE.test(arg) && !arg.startsWith('=')) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

export interface MatchArgs {
  readonly from?: string;
  readonly country?: string;
  readonly themes: readonly string[];
  readonly all?: boolean;
  readonly includeIneligible?: boolean;
  readonly weight?: string;
  /** Omitted when it is kp match's default. */
  readonly limit?: number;
  readonly lang: Lang;
  /** The saved file: CSV (for Swedish Excel when excel), or a workbook when xlsx. */
  readonly csv?: { readonly file: string; readonly excel: boolean; readonly xlsx?: boolean };
}

/** The flags in the order `kp match --help` lists them. */
export function matchCommandLine(a: MatchArgs): string {
  const args: string[] = ['kp', 'match'];
  const flag = (name: string, value?: string) => {
    args.push(name);
    if (value !== undefined) args.push(shellQuote(value));
  };
  if (a.country) flag('--country', a.country);
  if (a.themes.length) flag('--theme', a.themes.join(','));
  if (a.from) flag('--from', a.from);
  if (a.all) flag('--all');
  if (a.includeIneligible) flag('--include-ineligible');
  if (a.limit !== undefined && a.limit !== DEFAULT_LIMIT) flag('--limit', String(a.limit));
  if (a.weight) flag('--weight', a.weight);
  // A workbook's format is its file name's (.xlsx); a CSV is named whatever the person typed.
  if (a.csv && !a.csv.xlsx) {
    flag('--format', 'csv');
    if (a.csv.excel) flag('--excel');
  }
  if (a.lang !== 'en') flag('--lang', a.lang);
  // A file named "-x.csv" would be read as an option.
  if (a.csv) flag('-o', a.csv.file.startsWith('-') ? `./${a.csv.file}` : a.csv.file);
  return args.join(' ');
}
