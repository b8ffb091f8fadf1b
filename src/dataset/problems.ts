// A problem found in the data: a code, where it is, and a message that says what to do. The
// message is data (a key of the message tables and its values), rendered in the reader's
// language when printed; `message` is its English, for scripts and tests. Loaded only when data
// is read from YAML or a problem is said (dist/kp-lazy.cjs).
import { DataError } from '../errors.js';
import { render } from '../messages/data.js';
import { type DataMessageKey, type Lang, type Message, msg, type Part } from '../messages/index.js';

export type Severity = 'error' | 'warning';

/**
 * Every problem code, by where it is found. Stable: tests and scripts match on them, and
 * test/dataset/problem-messages.test.ts plants each one and reads its message in both languages.
 */
export const PROBLEM_CODES = [
  // Reading a file (load.ts).
  'MISSING_FILE',
  'NOT_A_FILE',
  'SYMLINK_LOOP',
  'UNREADABLE',
  'FILE_TOO_LARGE',
  'LINE_TOO_LONG',
  // Parsing the YAML (yaml.ts).
  'INVALID_UTF8',
  'EMPTY_FILE',
  'TOO_LARGE_TO_READ_WHOLE',
  'YAML_SYNTAX',
  'DUPLICATE_KEY',
  'ALIAS_BOMB',
  'NOT_A_LIST',
  'FORBIDDEN_KEY',
  'TOO_DEEP',
  // The schema of a record (validate.ts).
  'UNKNOWN_FIELD',
  'WRONG_TYPE',
  'MISSING_FIELD',
  'INVALID_VALUE',
  // Across records (rules.ts).
  'DUPLICATE_ID',
  'UNKNOWN_COUNTRY',
  'UNKNOWN_THEME',
  'UNKNOWN_PARTY',
  'DUPLICATE_PARTY',
  'NO_SWEDISH_PARTY',
  'NO_PARTNER_ABROAD',
  'COUNTRY_MISMATCH',
  'YEAR_ORDER',
  'STALE_ACTIVE',
  'DUPLICATE_CODE',
  'BAD_CODE',
  'THEME_CYCLE',
  'SHARED_NAME',
  'NO_NATIONAL_REFERENCE',
  'DUPLICATE_NATIONAL',
  'NATIONAL_WITH_PARTY',
  'MISPLACED_FIELD',
  'YEAR_MISMATCH',
  'COUNT_ABOVE_POPULATION',
  'FORMER_STATE_UNMAPPED',
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

export interface Problem {
  readonly severity: Severity;
  /** Stable code, e.g. UNKNOWN_THEME. Tests and scripts match on it. */
  readonly code: ProblemCode;
  /** Data file name, e.g. "partnerships.yaml". */
  readonly file: string;
  /** Path inside the file: record index, then keys. Resolved to line and column by the loader. */
  readonly path: readonly (string | number)[];
  /** What is wrong, in no language yet: rendered by problemMessage. */
  readonly text: Message;
  /** The message in English. */
  readonly message: string;
  readonly line?: number;
  readonly col?: number;
  /** Another place the message refers to ("already used at ..."), located like the problem. */
  readonly related?: {
    readonly file: string;
    readonly path: readonly (string | number)[];
    readonly line?: number;
    readonly col?: number;
  };
}

/** A message of the tables with its values. */
export const says = (key: DataMessageKey, vars?: Readonly<Record<string, Part>>): Message =>
  vars ? { key, vars } : { key };

/** The text and English message of a problem, from its message: spread into a Problem. */
export const told = (text: Message): { text: Message; message: string } => ({
  text,
  message: render('en', text),
});

/** What a problem says, in `lang`. */
export const problemMessage = (p: Problem, lang: Lang = 'en'): string => render(lang, p.text);

/** `data/partnerships.yaml:42:7 UNKNOWN_THEME theme "refugess" does not exist (did you mean "refugees"?)` */
export function formatProblem(p: Problem, dir: string, lang: Lang = 'en'): string {
  const where = [joinPath(dir, p.file), p.line, p.col].filter((x) => x !== undefined).join(':');
  const tag = p.severity === 'warning' ? `${render(lang, says('data.warning'))} ${p.code}` : p.code;
  const r = p.related;
  const also = r
    ? ` ${render(lang, says('data.see', { where: [joinPath(dir, r.file), r.line, r.col].filter((x) => x !== undefined).join(':') }))}`
    : '';
  return `${where} ${tag} ${problemMessage(p, lang)}${also}`;
}

function joinPath(dir: string, file: string): string {
  if (!dir || dir === '.') return file;
  return `${dir.replace(/\/+$/, '')}/${file}`;
}

/** Problems in file order, then line, then column: the order a person fixes them in. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.col ?? 0) - (b.col ?? 0) ||
      a.code.localeCompare(b.code),
  );
}

/**
 * The error for data with problems: "N problems in the data in DIR/", then each problem on its
 * line (none with `lines: false`, when they are printed elsewhere), in the reader's language.
 */
export function invalidData(
  errors: readonly Problem[],
  shown: string,
  opts: { readonly lines?: boolean } = {},
): DataError {
  const sorted = opts.lines === false ? [] : sortProblems(errors);
  const linesIn = (lang: Lang) => sorted.map((p) => formatProblem(p, shown, lang));
  const n = errors.length;
  const key = n === 1 ? 'error.dataProblem' : 'error.dataProblems';
  const e = new DataError(msg('en', key, { n, dir: shown }), linesIn('en'));
  e.text = (lang) => msg(lang, key, { n, dir: shown });
  e.linesIn = linesIn;
  return e;
}
