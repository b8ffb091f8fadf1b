// npm run bench: how fast kp starts and how it scales. Prints one Markdown table.
//   npm run bench                     start-up, then cold and warm `match` at 1k, 10k, 100k partners,
//                                     in both styles of data file, against the JSON floor
//   npm run bench -- --quick          fewer runs and no 100k tier (about a minute)
//   npm run bench -- --tiers 1k,10k   choose the tiers
//   npm run bench -- --styles block   choose the styles of data file (lines, block)
//   npm run bench -- --runs 100       start-up runs per command (default 60)
//   npm run bench -- --hyperfine      time start-up with hyperfine, in rounds of 10 runs per command
// Start-up is the median of many runs, alternating kp with `node -e 0` so both see the same
// machine; the ratio is what matters (PRODUCT.md: at most 1.25). Large data is measured against
// the JSON floor, measured in the same run: reading and JSON.parse of the same records written as
// JSON, the least any loader of them can cost. Never a pass/fail test.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'kp.js');
const NODE = process.execPath;
const TIERS: Readonly<Record<string, number>> = Object.freeze({
  '1k': 1_000,
  '10k': 10_000,
  '100k': 100_000,
});
/** Partnerships per partner in the generated data (the 100,000 / 300,000). */
const PARTNERSHIPS_PER_PARTNER = 3;

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    tiers: { type: 'string' },
    styles: { type: 'string', default: 'lines,block' },
    runs: { type: 'string' },
    hyperfine: { type: 'boolean', default: false },
  },
});
const tiers = (values.tiers ?? (values.quick ? '1k,10k' : '1k,10k,100k')).split(',').map((t) => t.trim());
for (const t of tiers)
  if (!TIERS[t]) fail(`unknown tier "${t}": choose from ${Object.keys(TIERS).join(', ')}`);
/** How gen-data writes the records: one per line (JSON), or block style as yaml.stringify does. */
const STYLES = ['lines', 'block'] as const;
type Style = (typeof STYLES)[number];
const styles = values.styles.split(',').map((s) => s.trim()) as Style[];
for (const s of styles)
  if (!STYLES.includes(s)) fail(`unknown style "${s}": choose from ${STYLES.join(', ')}`);
const runs = Number(values.runs ?? (values.quick ? 20 : 60));
// Run by run, each command once per round, by default: a burst of load from another tenant of the
// machine then hits every command alike. hyperfine times a command's runs in a block, so a burst
// can land on one command only; it is there for comparison.
const hyperfine = values.hyperfine && has('hyperfine');
if (values.hyperfine && !hyperfine) fail('--hyperfine: hyperfine is not installed');

function fail(message: string): never {
  console.error(`bench: ${message}`);
  process.exit(2);
}
function has(cmd: string): boolean {
  return spawnSync(cmd, ['--version'], { stdio: 'ignore' }).status === 0;
}
const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(1)} ms`);
const log = (line: string) => process.stderr.write(`${line}\n`);

/** Wall time of one run in ms, output discarded. */
function timeOnce(args: readonly string[], env: NodeJS.ProcessEnv = process.env): number {
  const t = process.hrtime.bigint();
  const r = spawnSync(NODE, args, { stdio: 'ignore', env });
  if (r.status !== 0) fail(`node ${args.join(' ')} exited ${r.status}`);
  return Number(process.hrtime.bigint() - t) / 1e6;
}

/** Median wall times of commands run in alternation: round after round, each command once. */
function alternate(commands: ReadonlyArray<readonly string[]>, n: number): number[] {
  const times = commands.map((): number[] => []);
  for (let i = 0; i < 3; i++) for (const c of commands) timeOnce(c); // warm the file cache
  for (let i = 0; i < n; i++) {
    for (const [j, c] of commands.entries()) times[j]!.push(timeOnce(c));
  }
  return times.map(median);
}

/** The same with hyperfine: rounds of a few runs each, alternating between rounds. */
function alternateHyperfine(commands: ReadonlyArray<readonly string[]>, n: number): number[] {
  const dir = mkdtempSync(join(tmpdir(), 'kp-bench-'));
  const times = commands.map((): number[] => []);
  const rounds = Math.max(1, Math.round(n / 10));
  const quote = (a: string) => (/^[\w./=-]+$/.test(a) ? a : `'${a.replace(/'/g, "'\\''")}'`);
  for (let r = 0; r < rounds; r++) {
    const out = join(dir, `round-${r}.json`);
    execFileSync(
      'hyperfine',
      [
        '-N',
        '--style',
        'none',
        '--warmup',
        '3',
        '--runs',
        String(Math.ceil(n / rounds)),
        '--export-json',
        out,
        ...commands.map((c) => [NODE, ...c].map(quote).join(' ')),
      ],
      { stdio: 'ignore' },
    );
    const result = JSON.parse(readFileSync(out, 'utf8')) as { results: Array<{ times: number[] }> };
    for (const [j, res] of result.results.entries()) for (const t of res.times) times[j]!.push(t * 1000);
  }
  rmSync(dir, { recursive: true, force: true });
  return times.map(median);
}

/** Wall time and peak RSS (MiB) of one run, read from a preload that reports at exit. */
function timeWithMemory(args: readonly string[], env: NodeJS.ProcessEnv): { ms: number; mib: number } {
  const report = join(tmpdir(), `kp-bench-rss-${process.pid}.txt`);
  const t = process.hrtime.bigint();
  const r = spawnSync(NODE, ['--require', PRELOAD, ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...env, KP_BENCH_RSS: report },
  });
  const wall = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) fail(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const kib = Number(readFileSync(report, 'utf8'));
  rmSync(report, { force: true });
  return { ms: wall, mib: kib / 1024 };
}
const PRELOAD = join(tmpdir(), `kp-bench-preload-${process.pid}.cjs`);
writeFileSync(
  PRELOAD,
  "process.on('exit', () => require('node:fs').writeFileSync(process.env.KP_BENCH_RSS, String(process.resourceUsage().maxRSS)));\n",
);
process.on('exit', () => rmSync(PRELOAD, { force: true }));

// ---- run ----------------------------------------------------------------------------------

log('bench: building');
execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });

const startup: Array<[string, string[]]> = [
  ['node -e 0', ['-e', '0']],
  ['kp --help', [BIN, '--help']],
  ['kp match --country Kenya --theme refugees', [BIN, 'match', '--country', 'Kenya', '--theme', 'refugees']],
  ['kp show Borlänge', [BIN, 'show', 'Borlänge']],
];
log(`bench: start-up, ${runs} runs each, alternating (${hyperfine ? 'hyperfine' : 'process.hrtime'})`);
const medians = (hyperfine ? alternateHyperfine : alternate)(
  startup.map(([, a]) => a),
  runs,
);
const base = medians[0]!;

interface Measure {
  readonly ms: number;
  readonly mib: number;
  /** The JSON floor timed beside it (median), for its ratio. */
  readonly floor?: number;
}
interface Tier {
  readonly name: string;
  readonly partners: number;
  readonly floor: Measure;
  readonly bytes: Record<Style, number>;
  readonly cold: Partial<Record<Style, Measure>>;
  readonly warm: Partial<Record<Style, Measure>>;
}

/** A data directory of `partners` partners in `style`, generated once and kept in .tmp/bench/. */
function dataDir(name: string, partners: number, style: Style): string {
  const dir = join(ROOT, '.tmp', 'bench', `${style}-${name}`);
  if (!existsSync(join(dir, 'partnerships.yaml'))) {
    log(`bench: generating ${name} partners, ${style} style`);
    execFileSync(
      NODE,
      [
        '--import',
        './scripts/register-ts.mjs',
        'scripts/gen-data.ts',
        '--partners',
        String(partners),
        '--partnerships',
        String(partners * PARTNERSHIPS_PER_PARTNER),
        '--style',
        style,
        '--out',
        dir,
      ],
      { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
    );
  }
  return dir;
}

/** The same partners and partnerships as JSON files (from the one-record-per-line files, which are JSON). */
function jsonFloorFiles(linesDir: string): string[] {
  return ['partners', 'partnerships'].map((kind) => {
    const out = join(linesDir, `${kind}.json`);
    if (!existsSync(out)) {
      const records = readFileSync(join(linesDir, `${kind}.yaml`), 'utf8')
        .split('\n')
        .filter((l) => l.startsWith('- {'))
        .map((l) => l.slice(2));
      writeFileSync(out, `[${records.join(',')}]`);
    }
    return out;
  });
}
const FLOOR_SCRIPT =
  "const fs = require('node:fs'); for (const f of process.argv.slice(1)) JSON.parse(fs.readFileSync(f, 'utf8'));";
const size = (dir: string) =>
  ['partners.yaml', 'partnerships.yaml'].reduce((n, f) => n + statSync(join(dir, f)).size, 0);

const tierRows: Tier[] = [];
for (const name of tiers) {
  const partners = TIERS[name]!;
  const dirs = Object.fromEntries(STYLES.map((s) => [s, dataDir(name, partners, s)])) as Record<
    Style,
    string
  >;
  const floorFiles = jsonFloorFiles(dirs.lines);
  const floorOnce = () => timeWithMemory(['-e', FLOOR_SCRIPT, ...floorFiles], process.env);
  const n = partners >= 100_000 ? 3 : 5;
  // The floor is timed beside each run of kp, run by run: on a shared machine the load changes
  // within a minute, and a ratio is only fair between runs that saw the same machine.
  const floors: Measure[] = [];
  const tier: Tier = {
    name,
    partners,
    floor: { ms: 0, mib: 0 },
    bytes: { lines: size(dirs.lines), block: size(dirs.block) },
    cold: {},
    warm: {},
  };
  for (const style of styles) {
    const cache = mkdtempSync(join(tmpdir(), 'kp-bench-cache-'));
    const env = { ...process.env, XDG_CACHE_HOME: cache, KP_NO_CACHE: '' };
    const args = [BIN, '--quiet', '--data', dirs[style], 'match', '--from', 'Borlänge'];
    log(`bench: ${name}, ${style}: cold run (validate and cache), between two runs of the JSON floor`);
    const before = floorOnce();
    const cold = timeWithMemory(args, env);
    const after = floorOnce();
    floors.push(before, after);
    tier.cold[style] = { ...cold, floor: median([before.ms, after.ms]) };
    log(`bench: ${name}, ${style}: ${n} warm runs, each after a run of the JSON floor`);
    const pairs = Array.from({ length: n }, () => {
      const f = floorOnce();
      floors.push(f);
      return { floor: f, warm: timeWithMemory(args, env) };
    });
    tier.warm[style] = {
      ms: median(pairs.map((p) => p.warm.ms)),
      mib: Math.max(...pairs.map((p) => p.warm.mib)),
      floor: median(pairs.map((p) => p.floor.ms)),
    };
    rmSync(cache, { recursive: true, force: true });
  }
  Object.assign(tier, {
    floor: { ms: median(floors.map((f) => f.ms)), mib: Math.max(...floors.map((f) => f.mib)) },
  });
  tierRows.push(tier);
}

// ---- report -------------------------------------------------------------------------------

const STYLE_LABEL: Record<Style, string> = { lines: 'one record per line', block: 'block style' };
const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
const lines = [
  `Machine: ${cpu}, ${cpus().length} cores, Node ${process.version}; ${new Date().toISOString().slice(0, 10)}.`,
  `Start-up: median of ${runs} runs each, alternating (${hyperfine ? 'hyperfine' : 'process.hrtime'}); output discarded.`,
  '',
  '| measure | time | ratio | peak memory |',
  '|---|---:|---:|---:|',
  ...startup.map(
    ([label], i) =>
      `| start-up: \`${label}\` | ${ms(medians[i]!)} | ${(medians[i]! / base).toFixed(2)}× \`node -e 0\` | |`,
  ),
  ...tierRows.flatMap((t) => [
    `| JSON floor, ${t.name} partners (read + JSON.parse of the same records; median of the runs beside kp's) | ${ms(t.floor.ms)} | 1.00× floor | ${Math.round(t.floor.mib)} MiB |`,
    ...styles.flatMap((style) => {
      const cold = t.cold[style]!;
      const warm = t.warm[style]!;
      const what = `${t.name} partners, ${STYLE_LABEL[style]} (${Math.round(t.bytes[style] / 2 ** 20)} MB)`;
      return [
        `| cold \`match --from Borlänge\`, ${what} | ${ms(cold.ms)} | ${(cold.ms / cold.floor!).toFixed(2)}× floor | ${Math.round(cold.mib)} MiB |`,
        `| warm \`match --from Borlänge\`, ${what} | ${ms(warm.ms)} | ${(warm.ms / warm.floor!).toFixed(2)}× floor | ${Math.round(warm.mib)} MiB |`,
      ];
    }),
  ]),
];
// Growth: how time scales with the number of partners between the two largest tiers, less the
// start-up every run pays. An exponent near 1 is linear.
if (tierRows.length >= 2) {
  const [a, b] = tierRows.slice(-2) as [Tier, Tier];
  const exponent = (x: number, y: number) =>
    Math.log((y - base) / (x - base)) / Math.log(b.partners / a.partners);
  const word = (k: number) => (k <= 1.15 ? 'linear' : 'faster than linear');
  for (const style of styles) {
    const cold = exponent(a.cold[style]!.ms, b.cold[style]!.ms);
    const warm = exponent(a.warm[style]!.ms, b.warm[style]!.ms);
    lines.push(
      `| growth ${a.name} → ${b.name}, ${STYLE_LABEL[style]}: cold | exponent ${cold.toFixed(2)} (${word(cold)}) | | |`,
      `| growth ${a.name} → ${b.name}, ${STYLE_LABEL[style]}: warm | exponent ${warm.toFixed(2)} (${word(warm)}) | | |`,
    );
  }
}
console.log(lines.join('\n'));
