// Build: bundle the CLI into dist/ with esbuild, compile the shipped YAML into a validated
// snapshot (dist/data.json) so the default run needs neither the YAML parser nor the schema
// library, and save V8's code cache for the bundle. The build fails when the shipped data is
// invalid, so the snapshot is always valid.
//
// Why CommonJS: start-up is measured against bare Node (PRODUCT.md: at most 1.25 × `node -e 0`).
// Node 20 keeps no compile cache for user code, and a vm.Script can take V8's code cache only
// for a script, not an ES module; with it a run skips parsing and compiling the bundle. So the
// bundle is one CommonJS file, loaded by dist/boot.cjs with the cache the build saves here.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

/**
 * Start-up trims: modules our dependencies load at start that kp never uses. Each saves a few
 * milliseconds of Node's built-in module loading on every run (see docs/performance.md).
 * - commander imports node:child_process (and with it net and dgram) for executable
 *   subcommands, which kp does not have: it gets a stand-in that loads the real module on use.
 * - core/fuzzy.ts imports node:module for createRequire, to load fuse.js on the first typo:
 *   node:module loads parts of the ES module loader (0.2 ms), so it too is loaded on use.
 */
const startupTrims = {
  name: 'kp-startup-trims',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) =>
      args.importer.includes(`${join('node_modules', 'commander')}`)
        ? { path: 'child_process', namespace: 'kp-lazy' }
        : undefined,
    );
    b.onResolve({ filter: /^node:module$/ }, (args) =>
      args.importer.endsWith(join('src', 'core', 'fuzzy.ts'))
        ? { path: 'module', namespace: 'kp-lazy' }
        : undefined,
    );
    b.onResolve({ filter: /^node:tty$/ }, (args) =>
      args.importer.endsWith(join('src', 'stdio.ts')) ? { path: 'tty', namespace: 'kp-lazy' } : undefined,
    );
    // A stand-in exports the functions kp's imports use, each loading the real module on its first call.
    const STAND_INS = { child_process: ['spawn', 'execFile'], module: ['createRequire'], tty: ['isatty'] };
    b.onLoad({ filter: /.*/, namespace: 'kp-lazy' }, (args) => ({
      contents:
        `let real; const load = () => (real ??= require('node:${args.path}'));\n` +
        `module.exports = { ${STAND_INS[args.path].map((f) => `${f}: (...a) => load().${f}(...a)`).join(', ')} };\n`,
      loader: 'js',
      resolveDir: root,
    }));
  },
};

/**
 * An id for this build: a hash of the sources and the locked dependencies. The cache of --data
 * directories (src/dataset/cache.ts) records it and treats a cache from another build as foreign,
 * since another build may validate or shape the records differently.
 */
function buildId() {
  const hash = createHash('sha256');
  const files = readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
  for (const f of [...files, join(root, 'package-lock.json')])
    hash.update(f.slice(root.length)).update(readFileSync(f));
  return hash.digest('hex').slice(0, 16);
}

/**
 * Dependencies every run needs are bundled. The others are loaded from node_modules when first
 * used (yaml and zod for --data and validate; fuse.js for a name with a typo; inquirer and
 * csv-stringify for ask and CSV), so a run never reads or parses them.
 */
const STARTUP_DEPENDENCIES = ['commander'];
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const external = Object.keys(pkg.dependencies)
  .filter((d) => !STARTUP_DEPENDENCIES.includes(d))
  .flatMap((d) => [d, `${d}/*`]);

const common = {
  define: {
    __KP_BUILD__: JSON.stringify(buildId()),
    // src/ is ES modules; the bundle is CommonJS, where the module's file and folder are
    // __filename and __dirname (no URL to make and take apart again on every start).
    'import.meta.dirname': '__dirname',
    'import.meta.filename': '__filename',
  },
  // import.meta.url would be undefined in a CommonJS bundle: src/ uses import.meta.dirname.
  logOverride: { 'empty-import-meta': 'error' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external,
  legalComments: 'none',
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
};
/**
 * The modules of the commands other than `match`, of the output formats other than the table and
 * JSON of a ranking, and of loading a --data directory: imported with
 * import() when used, and built into a second bundle, dist/kp-lazy.cjs, with its own code cache,
 * so the default run neither reads nor deserialises their code (see docs/performance.md). Each
 * is imported by the main bundle's modules with import() only (the build fails otherwise).
 */
const LAZY = [
  'src/commands/ask.ts',
  'src/commands/list.ts',
  'src/commands/show.ts',
  'src/commands/validate.ts',
  'src/dataset/cache.ts',
  'src/dataset/cold.ts',
  'src/dataset/load.ts',
  'src/messages/help.ts',
  'src/commander-words.ts',
  'src/dataset/problems.ts',
  'src/messages/data.ts',
  'src/output/match-csv.ts',
  'src/output/match-xlsx.ts',
  'src/output/record-json.ts',
  'src/output/record-text.ts',
  'src/output/record-xlsx.ts',
  'src/output/xlsx.ts',
  'src/questionnaire/inquirer.ts',
];
const rel = (path) => relative(root, path).split(sep).join('/');

/** In the main bundle: a lazy module is a stand-in that asks dist/boot.cjs for it (`__kpLazy`). */
const lazyStandIns = {
  name: 'kp-lazy-modules',
  setup(b) {
    b.onResolve({ filter: /^\./ }, async (args) => {
      if (args.pluginData === 'kp-resolving') return undefined;
      const r = await b.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        importer: args.importer,
        pluginData: 'kp-resolving',
      });
      if (r.errors.length || !LAZY.includes(rel(r.path))) return undefined;
      if (args.kind !== 'dynamic-import')
        return {
          errors: [{ text: `${rel(r.path)} is built into dist/kp-lazy.cjs: import it with import() only` }],
        };
      return { path: rel(r.path), namespace: 'kp-lazy-bundle' };
    });
    b.onLoad({ filter: /.*/, namespace: 'kp-lazy-bundle' }, (args) => ({
      contents: `module.exports = __kpLazy(${JSON.stringify(args.path)});`,
      loader: 'js',
    }));
  },
};

/**
 * In the lazy bundle: a module the main bundle has is taken from it (`__kpShared`), not bundled
 * twice: one copy of each module, so its state and its classes (instanceof KpError) are shared.
 */
const sharedFromMain = (mainInputs, used) => ({
  name: 'kp-shared-modules',
  setup(b) {
    b.onResolve({ filter: /^[^.]|^\./ }, async (args) => {
      if (args.pluginData === 'kp-resolving' || args.kind === 'entry-point' || args.path.startsWith('node:'))
        return undefined;
      const r = await b.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        importer: args.importer,
        pluginData: 'kp-resolving',
      });
      if (r.errors.length || r.external || !mainInputs.has(rel(r.path))) return undefined;
      used.add(rel(r.path));
      return { path: rel(r.path), namespace: 'kp-shared' };
    });
    b.onLoad({ filter: /.*/, namespace: 'kp-shared' }, (args) => ({
      contents: `module.exports = __kpShared(${JSON.stringify(args.path)});`,
      loader: 'js',
    }));
  },
});

/** The main bundle's entry: src/cli.ts, and the namespaces of the modules the lazy bundle shares. */
const mainEntry = (shared) => ({
  name: 'kp-main-entry',
  setup(b) {
    b.onResolve({ filter: /^kp-main-entry$/ }, () => ({ path: 'kp-main-entry', namespace: 'kp-entry' }));
    b.onLoad({ filter: /.*/, namespace: 'kp-entry' }, () => ({
      contents:
        "import './src/cli.ts';\n" +
        shared.map((p, i) => `import * as m${i} from './${p}';\n`).join('') +
        `export const __kpShared = {${shared.map((p, i) => `${JSON.stringify(p)}: m${i}`).join(', ')}};\n`,
      loader: 'ts',
      resolveDir: root,
    }));
  },
});

const buildMain = (shared) =>
  build({
    ...common,
    absWorkingDir: root,
    metafile: true,
    plugins: [startupTrims, lazyStandIns, mainEntry(shared)],
    entryPoints: ['kp-main-entry'],
    outfile: join(dist, 'kp.cjs'),
  });
// First the main bundle alone, to learn its modules; then the lazy bundle, taking those from
// it; then the main bundle again, exposing the modules the lazy bundle takes.
const mainInputs = new Set(Object.keys((await buildMain([])).metafile.inputs));
const shared = new Set();
await build({
  ...common,
  absWorkingDir: root,
  plugins: [startupTrims, sharedFromMain(mainInputs, shared)],
  stdin: {
    contents: `module.exports = {\n${LAZY.map((p) => `  ${JSON.stringify(p)}: () => require('./${p}'),\n`).join('')}};\n`,
    resolveDir: root,
    sourcefile: 'kp-lazy-entry.cjs',
    loader: 'js',
  },
  outfile: join(dist, 'kp-lazy.cjs'),
});
await buildMain([...shared].sort());
// The worker thread that loads a --data directory cold (src/dataset/cold.ts): a file of its own,
// read only then; a plain CommonJS file, as a worker needs.
await build({
  ...common,
  entryPoints: [join(root, 'src/dataset/load-worker.ts')],
  outfile: join(dist, 'load-worker.cjs'),
});
copyFileSync(join(root, 'scripts', 'boot.cjs'), join(dist, 'boot.cjs'));
const boot = createRequire(import.meta.url)('./boot.cjs');

// import() in a vm.Script needs an experimental option (and prints a warning when used), so the
// bundle's dynamic imports of packages call the importer dist/boot.cjs hands it instead: the
// same import(), from a module beside the bundle, so packages resolve the same way.
for (const name of ['kp.cjs', 'kp-lazy.cjs']) {
  const bundlePath = join(dist, name);
  const bundle = readFileSync(bundlePath, 'utf8').replace(
    /\bimport\((["'])((?:@[\w.-]+\/)?[\w.-]+(?:\/[\w./-]+)?)\1\)/g,
    (call, q, specifier) =>
      external.some((e) => specifier === e || specifier.startsWith(`${e.replace(/\/\*$/, '')}/`))
        ? `__kpImport(${q}${specifier}${q})`
        : call,
  );
  if (/\bimport\(/.test(bundle)) {
    console.error(
      `build: dist/${name} still calls import(), which cannot run in dist/boot.cjs: import packages only`,
    );
    process.exit(1);
  }
  // ASCII only (esbuild leaves å, ’ and the like in regular expressions): dist/boot.cjs then reads
  // the bundle as a one-byte string, half the memory of the two-byte string one such character
  // makes of all 200 KB. A \\u escape means the same in strings, templates and regular expressions.
  const ascii = bundle.replace(/[^\x00-\x7f]/g, (c) => {
    const code = c.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdfff) {
      console.error(`build: dist/${name} holds a character outside the BMP; escape it in the source`);
      process.exit(1);
    }
    return `\\u${code.toString(16).padStart(4, '0')}`;
  });
  writeFileSync(bundlePath, boot.wrap(ascii));
}

// Validate the shipped data with the same code `kp validate` uses.
const { snapshot } = await import(join(root, 'scripts', 'snapshot.mjs'));
const result = await snapshot(join(root, 'data'));
if (result.errors.length) {
  console.error(`build: the shipped data in data/ is invalid (${result.errors.length} problems):`);
  for (const line of result.errors) console.error(`  ${line}`);
  process.exit(65);
}
// The same sections as the cache of a data directory (src/dataset/cached-dataset.ts), in ASCII.
writeFileSync(join(dist, 'data.json'), result.bytes);

// V8's code cache for each bundle, taken after running a job once so the functions it calls are
// compiled in it too: the main job for dist/kp.cjs, then `kp show` for dist/kp-lazy.cjs (with
// the main bundle's cache in place). Best effort: without it kp starts the same, only slower.
for (const [name, args] of [
  ['kp.cjs', ['match', '--country', 'Kenya', '--theme', 'refugees']],
  ['kp-lazy.cjs', ['show', 'Borl\u00e4nge']],
]) {
  const cache = spawnSync(process.execPath, [join(root, 'scripts', 'code-cache.cjs'), name, ...args], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (cache.status !== 0 || !existsSync(join(dist, `${name}.cache`)))
    console.error(`build: no code cache was saved for dist/${name}; kp will start slower`);
}
