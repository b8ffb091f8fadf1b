// kp validate: load a data directory from YAML, report every problem or what was loaded.
import { indexDataset } from '../core/dataset.js';
import { formatProblem, type Problem, sortProblems } from '../dataset/problems.js';
import type { RawDataset } from '../dataset/schema.js';
import { checkDataFolder, displayDir, invalidData, loadAndCheck } from '../dataset/source.js';
import type { Context } from '../shell/context.js';

export interface ValidateSummary {
  readonly dir: string;
  readonly counts: Record<string, number>;
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
  const counts = countsOf(dataset);
  if (opts.format === 'json') {
    // The same document whether the data is valid or not: scripts read stdout either way.
    ctx.write(
      JSON.stringify(
        {
          ok: errors.length === 0,
          dir: shown,
          counts,
          problems: sortProblems(problems).map(problemJson),
          ...(errors.length ? {} : { as_of: indexDataset(dataset).asOf }),
        },
        null,
        2,
      ),
    );
    // Exit 65 with the count on stderr; the problems themselves are in the JSON.
    if (errors.length) throw invalidData(errors, dir, ctx.io.cwd, { lines: false });
    return;
  }
  for (const w of warnings) ctx.io.stderr.write(`${ctx.colors.err.yellow(formatProblem(w, shown))}\n`);
  if (errors.length) throw invalidData(errors, dir, ctx.io.cwd);

  const ds = indexDataset(dataset);
  const c = ctx.colors.out;
  const lines = [
    `${c.green('✓')} ${shown}/ is valid${warnings.length ? ` (${warnings.length} warning${warnings.length === 1 ? '' : 's'})` : ''}`,
    `  countries.yaml       ${counts.countries} countries`,
    `  themes.yaml          ${counts.themes} themes`,
    `  municipalities.yaml  ${counts.municipalities} municipalities, ${counts.regions} regions (Gotland is both), ${counts.associations} other bodies`,
    `  partners.yaml        ${counts.partners} municipalities abroad, ${counts.seeking} seeking a Swedish partner`,
    `  partnerships.yaml    ${counts.partnerships} relations: ${counts.kp} KP partnerships, ${counts.other_relations} other (twin towns, letters of intent, ...)`,
    ...(dataset.bornAbroad.length
      ? [
          `  born-abroad.yaml     residents by country of birth for ${counts.born_abroad} Swedish parties and Sweden (${ds.bornAbroad?.year})`,
        ]
      : []),
    `  latest year in the KP data: ${ds.asOf}`,
  ];
  ctx.write(lines.join('\n'));
}

/** What was loaded, per kind (of what could be read, when the data has problems). */
function countsOf(dataset: RawDataset): Record<string, number> {
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
function problemJson(p: Problem) {
  return {
    file: p.file,
    line: p.line ?? null,
    col: p.col ?? null,
    code: p.code,
    severity: p.severity,
    message: p.message,
  };
}
