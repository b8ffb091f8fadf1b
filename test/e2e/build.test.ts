// The default run must not load the YAML parser or the schema library (ECOSYSTEM.md: ~75 ms of
// start-up between them): the bundle leaves them in node_modules until a command needs them.
// Checks the build `npm test` makes before vitest runs, in two spawned runs.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const BIN = join(ROOT, 'bin', 'kp.js');
const dir = mkdtempSync(join(tmpdir(), 'kp-build-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The packages under node_modules a run of `kp ARGS` loaded, by name (the run must succeed). */
function loadedPackages(args: readonly string[]): string[] {
  return packagesOf(args, true);
}
function loadedPackagesAllowingFailure(args: readonly string[]): string[] {
  return packagesOf(args, false);
}
function packagesOf(args: readonly string[], mustSucceed: boolean): string[] {
  const preload = join(dir, 'preload.cjs');
  const out = join(dir, 'loaded.json');
  writeFileSync(
    preload,
    `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(out)}, JSON.stringify(Object.keys(require.cache))));\n`,
  );
  const r = spawnSync(process.execPath, ['--require', preload, BIN, ...args], { encoding: 'utf8' });
  if (mustSucceed) expect(r.status, r.stderr).toBe(0);
  const files = JSON.parse(readFileSync(out, 'utf8')) as string[];
  return [
    ...new Set(files.flatMap((f) => /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(f)?.[1] ?? [])),
  ];
}

describe('the bundle', () => {
  beforeAll(() => {
    if (!existsSync(join(ROOT, 'dist', 'kp.cjs')))
      throw new Error('dist/kp.cjs is missing: run `npm run build`');
  });

  it.each([['match', '--country', 'Kenya', '--theme', 'refugees'], ['--help'], ['show', 'Borlänge']])(
    'starts `kp %s` without yaml, zod, fuse.js, inquirer or csv-stringify',
    (...args) => {
      expect(loadedPackages(args)).toEqual([]);
    },
  );

  // Node's built-in modules the main job must not pay for: crypto (only the cache of a data
  // directory needs it), and streams, tty and net (stdout and stderr off a terminal are written
  // with writeSync). Each costs a millisecond or more of start-up.
  it('starts `kp match` without crypto, streams, tty or net when its output is not a terminal', () => {
    const preload = join(dir, 'builtins.cjs');
    const out = join(dir, 'builtins.json');
    writeFileSync(
      preload,
      `const before = new Set(process.moduleLoadList);\nprocess.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(out)}, JSON.stringify(process.moduleLoadList.filter((m) => !before.has(m)))));\n`,
    );
    const r = spawnSync(
      process.execPath,
      ['--require', preload, BIN, 'match', '--country', 'Kenya', '--theme', 'refugees'],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Borlänge');
    expect(r.stderr).toContain('theme: refugees');
    const loaded = JSON.parse(readFileSync(out, 'utf8')) as string[];
    expect(loaded.filter((m) => /^NativeModule (crypto|stream|tty|net|internal\/streams\/)/.test(m))).toEqual(
      [],
    );
  });

  it('loads inquirer for nothing but an interactive `kp ask`: not even `kp ask` without a terminal', () => {
    const r = spawnSync(process.execPath, [BIN, 'ask'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(r.status).toBe(2);
    expect(loadedPackagesAllowingFailure(['ask'])).not.toContain('@inquirer/prompts');
  });

  it('loads exceljs for a workbook only, from node_modules (it is not in the bundle)', () => {
    expect(loadedPackages(['list', 'countries', '--format', 'csv'])).not.toContain('exceljs');
    const xlsx = join(dir, 'countries.xlsx');
    expect(loadedPackages(['list', 'countries', '-o', xlsx])).toContain('exceljs');
    // In the lazy bundle (src/output/xlsx.ts), which imports it from node_modules.
    const main = readFileSync(join(ROOT, 'dist', 'kp.cjs'), 'utf8');
    const lazy = readFileSync(join(ROOT, 'dist', 'kp-lazy.cjs'), 'utf8');
    expect(main).not.toContain('exceljs');
    expect(lazy).not.toContain('xl/workbook.xml'); // exceljs's own code
    expect(lazy).toContain('__kpImport("exceljs")');
  });

  it('loads them for `kp validate`', () => {
    expect(loadedPackages(['validate'])).toEqual(expect.arrayContaining(['yaml', 'zod']));
  });

  it('has code caches that V8 accepts, for the main bundle and the lazy one', () => {
    const check = `
      const vm = require('node:vm');
      const rejected = {}; const Script = vm.Script;
      vm.Script = class extends Script { constructor(s, o) { super(s, o); rejected[require('node:path').basename(o.filename)] = this.cachedDataRejected; } };
      process.argv.splice(1, process.argv.length, 'kp', 'show', 'Borl\u00e4nge');
      require(${JSON.stringify(join(ROOT, 'dist', 'boot.cjs'))}).start();
      process.on('exit', () => process.stderr.write('rejected=' + JSON.stringify(rejected)));`;
    const r = spawnSync(process.execPath, ['-e', check], { encoding: 'utf8' });
    expect(r.stderr).toContain('rejected={"kp.cjs":false,"kp-lazy.cjs":false}');
  });

  // The other commands, the output formats other than a ranking's table and JSON, and the loading
  // of a --data directory are in dist/kp-lazy.cjs, read only when one of them is used: `kp match`
  // runs from a copy of the build that lacks the file.
  it('leaves the code of the other commands out of the main bundle', () => {
    const main = readFileSync(join(ROOT, 'dist', 'kp.cjs'), 'utf8');
    const lazy = readFileSync(join(ROOT, 'dist', 'kp-lazy.cjs'), 'utf8');
    const lazyFunctions = ['showCommand', 'listCommand', 'askCommand', 'validateCommand', 'loadDataDir'];
    for (const fn of [...lazyFunctions, 'recordText', 'matchCsvRows', 'toXlsx']) {
      expect(main).not.toMatch(new RegExp(`function ${fn}\\b`));
      expect(lazy).toMatch(new RegExp(`function ${fn}\\b`));
    }
    const copy = join(dir, 'copy');
    cpSync(join(ROOT, 'bin'), join(copy, 'bin'), { recursive: true });
    cpSync(join(ROOT, 'dist'), join(copy, 'dist'), { recursive: true });
    rmSync(join(copy, 'dist', 'kp-lazy.cjs'));
    const kp = (...args: string[]) =>
      spawnSync(process.execPath, [join(copy, 'bin', 'kp.js'), ...args], { encoding: 'utf8' });
    const match = kp('match', '--country', 'Kenya', '--theme', 'refugees');
    expect(match.status, match.stderr).toBe(0);
    expect(match.stdout).toContain('Borlänge');
    const show = kp('show', 'Borlänge');
    expect(show.status).toBe(1);
    expect(show.stderr).toContain('kp-lazy.cjs');
  });

  // package.json promises Node 20.17, which cannot require() an ES module without a flag (20.19
  // can): packages that are ES modules only (inquirer, chalk, string-width, wrap-ansi) must be
  // loaded with import(), the others may be required.
  it('requires no package that is an ES module only', () => {
    const bundle = ['kp.cjs', 'kp-lazy.cjs']
      .map((f) => readFileSync(join(ROOT, 'dist', f), 'utf8'))
      .join('\n');
    const required = [...bundle.matchAll(/\brequire\("([^"]+)"\)/g)]
      .map((m) => m[1]!)
      .filter((id) => !id.startsWith('node:') && !id.startsWith('.'));
    const esmOnly = required.filter((id) => {
      const name = id.startsWith('@') ? id.split('/').slice(0, 2).join('/') : id.split('/')[0]!;
      const pkg = JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8'));
      const hasRequire = JSON.stringify(pkg.exports ?? {}).includes('"require"');
      return pkg.type === 'module' && !hasRequire && !String(pkg.main ?? '').endsWith('.cjs');
    });
    expect(esmOnly).toEqual([]);
    expect(bundle).toContain('__kpImport("@inquirer/prompts")');
    expect(bundle).toContain('__kpImport("chalk")');
  });

  // The flag turns off what Node 20.19 added; a Node without it is skipped.
  const noRequireEsm =
    spawnSync(process.execPath, ['--no-experimental-require-module', '-e', '0']).status === 0;
  it.runIf(noRequireEsm)('runs `kp match` on a Node that cannot require() an ES module', () => {
    const r = spawnSync(
      process.execPath,
      ['--no-experimental-require-module', BIN, 'match', '--country', 'Kenya', '--theme', 'refugees'],
      { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '1' } },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Borl');
  });
});
