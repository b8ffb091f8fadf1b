// A problem found in the data: a code, where it is, and a message that says what to do.

export type Severity = 'error' | 'warning';

export interface Problem {
  readonly severity: Severity;
  /** Stable code, e.g. UNKNOWN_THEME. Tests and scripts match on it. */
  readonly code: string;
  /** Data file name, e.g. "partnerships.yaml". */
  readonly file: string;
  /** Path inside the file: record index, then keys. Resolved to line and column by the loader. */
  readonly path: readonly (string | number)[];
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

/** `data/partnerships.yaml:42:7 UNKNOWN_THEME theme "refugess" does not exist (did you mean "refugees"?)` */
export function formatProblem(p: Problem, dir: string): string {
  const where = [joinPath(dir, p.file), p.line, p.col].filter((x) => x !== undefined).join(':');
  const tag = p.severity === 'warning' ? `warning ${p.code}` : p.code;
  const r = p.related;
  const also = r
    ? ` (see ${[joinPath(dir, r.file), r.line, r.col].filter((x) => x !== undefined).join(':')})`
    : '';
  return `${where} ${tag} ${p.message}${also}`;
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
