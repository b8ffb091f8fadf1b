// kp validate: load a data directory from YAML, report every problem or what was loaded.
import { indexDataset } from '../core/dataset.js';
import {
  formatProblem,
  invalidData,
  type Problem,
  problemMessage,
  sortProblems,
} from '../dataset/problems.js';
import type { RawDataset } from '../dataset/schema.js';
import { checkDataFolder, displayDir, loadAndCheck } from '../dataset/source.js';
import { dataMsg } from '../messages/data.js';
import type { Lang } from '../messages/index.js';
import type { Context } from '../shell/context.js';

export interface ValidateSummary {
  readonly dir: string;
  readonly counts: Record<string, number | null>;
  readonly warnings: number;
}

export async function validateCommand(ctx: Context, opts: { format: 'table' | 'json' }): Promise<void> {
  // Always from YAML: the point is to check the files a person edits, not the build's snapshot.
  const dir = ctx.location.dir ?? ctx.location.shipped.dir;
  const shown = displayDir(dir, ctx.io.cwd);
  if (ctx.location.dir) checkDataFolder(dir, ctx.io.cwd, ctx.location.via);
  const { dataset, problems } = await loadAndCheck(dir);
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = sortProblems(problems.filter((p) => p.severity === 'warning'));
  if (opts.format === 'json') {
    // The same document whether the data is valid or not: scripts read stdout either way.
    ctx.write(
      JSON.stringify(
        {
          ok: errors.length === 0,
          dir: shown,
          counts: countsOf(dataset, unreadFiles(errors)),
          problems: sortProblems(problems).map((p) => problemJson(p, ctx.lang)),
          ...(errors.length ? {} : { as_of: indexDataset(dataset).asOf }),
        },
        null,
        2,
      ),
    );
    // Exit 65 with the count on stderr; the problems themselves are in the JSON.
    if (errors.length) throw invalidData(errors, shown, { lines: false });
    return;
  }
  for (const w of warnings)
    ctx.io.stderr.write(`${ctx.colors.err.yellow(formatProblem(w, shown, ctx.lang))}\n`);
  if (errors.length) throw invalidData(errors, shown);

  const ds = indexDataset(dataset);
  const counts = loadedCounts(dataset);
  const c = ctx.colors.out;
  const say = (key: Parameters<typeof dataMsg>[1], vars?: Parameters<typeof dataMsg>[2]) =>
    dataMsg(ctx.lang, key, vars);
  const n = warnings.length;
  const valid = n === 0 ? 'validate.valid' : n === 1 ? 'validate.valid.warning' : 'validate.valid.warnings';
  const lines = [
    `${c.green('✓')} ${say(valid, { dir: shown, n })}`,
    `  countries.yaml       ${say('validate.countries', { n: counts.countries! })}`,
    `  themes.yaml          ${say('validate.themes', { n: counts.themes! })}`,
    `  municipalities.yaml  ${say('validate.municipalities', counts)}`,
    `  partners.yaml        ${say('validate.partners', counts)}`,
    `  partnerships.yaml    ${say('validate.partnerships', { ...counts, other: counts.other_relations! })}`,
    ...(dataset.bornAbroad.length
      ? [
          `  born-abroad.yaml     ${say('validate.bornAbroad', { n: counts.born_abroad!, year: ds.bornAbroad?.year ?? '' })}`,
        ]
      : []),
    `  ${say('validate.asOf', { year: ds.asOf })}`,
  ];
  ctx.write(lines.join('\n'));
}

/** The counts each data file gives: null in JSON for a file that could not be read at all. */
const COUNTS_OF_FILE: Readonly<Record<string, readonly string[]>> = Object.freeze({
  'countries.yaml': ['countries'],
  'themes.yaml': ['themes'],
  'municipalities.yaml': ['municipalities', 'regions', 'associations'],
  'partners.yaml': ['partners', 'seeking'],
  'partnerships.yaml': ['partnerships', 'kp', 'other_relations'],
  'born-abroad.yaml': ['born_abroad'],
});

/** Files an error leaves unread as a whole (a YAML error, not a list, unreadable): no position inside. */
const unreadFiles = (errors: readonly Problem[]) =>
  new Set(errors.filter((p) => p.path.length === 0).map((p) => p.file));

/**
 * What was loaded, per kind, of what could be read when the data has problems; null for a file
 * that could not be read (0 would say it holds no records).
 */
function countsOf(dataset: RawDataset, unread: ReadonlySet<string>): Record<string, number | null> {
  const counts: Record<string, number | null> = loadedCounts(dataset);
  for (const file of unread) for (const k of COUNTS_OF_FILE[file] ?? []) counts[k] = null;
  return counts;
}

function loadedCounts(dataset: RawDataset): Record<string, number> {
  const count = (kind: string) => dataset.municipalities.filter((m) => m.kind === kind).length;
  const kp = dataset.partnerships.filter((p) => p.programme === 'kp');
  return {
    countries: dataset.countries.length,
    themes: dataset.themes.length,
    municipalities: count('municipality'),
    regions: count('region') + dataset.municipalities.filter((m) => m.regional_duties).length,
    associations: count('association'),
    partners: dataset.partners.length,
    seeking: dataset.partners.filter((p) => p.seeking).length,
    partnerships: dataset.partnerships.length,
    kp: kp.length,
    other_relations: dataset.partnerships.length - kp.length,
    born_abroad: dataset.bornAbroad.filter((b) => !b.national).length,
  };
}

/** A problem for scripts: where (file, line, col; null when the file has no position), what and why. */
function problemJson(p: Problem, lang: Lang) {
  return {
    file: p.file,
    line: p.line ?? null,
    col: p.col ?? null,
    code: p.code,
    severity: p.severity,
    message: problemMessage(p, lang),
  };
}
