// Build: bundle the CLI into dist/ with esbuild, and compile the shipped YAML into a validated
// snapshot (dist/data.json) so the default run needs neither the YAML parser nor the schema
// library. The build fails when the shipped data is invalid, so the snapshot is always valid.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

/**
 * Start-up trims: modules our dependencies load at start that kp never uses. Each saves a few
 * milliseconds of Node's built-in module loading on every run (see docs/performance.md).
 * - chalk's terminal detection imports node:tty and node:os and probes the streams; kp decides
 *   colour itself (src/context.ts colorLevel) and always passes a level, so chalk gets its
 *   detector for browsers, which imports nothing and finds no colour.
 * - commander imports node:child_process (and with it net and dgram) for executable
 *   subcommands, which kp does not have: it gets a stand-in that loads the real module on use.
 */
const startupTrims = {
  name: 'kp-startup-trims',
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, (args) =>
      args.importer.includes(`${join('node_modules', 'chalk')}`)
        ? { path: join(root, 'node_modules/chalk/source/vendor/supports-color/browser.js') }
        : undefined,
    );
    b.onResolve({ filter: /^node:child_process$/ }, (args) =>
      args.importer.includes(`${join('node_modules', 'commander')}`)
        ? { path: 'lazy-child-process', namespace: 'kp-lazy' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'kp-lazy' }, () => ({
      contents:
        "let real; const load = () => (real ??= require('node:child_process'));\n" +
        'module.exports = { spawn: (...a) => load().spawn(...a), execFile: (...a) => load().execFile(...a) };\n',
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

await build({
  plugins: [startupTrims],
  define: { __KP_BUILD__: JSON.stringify(buildId()) },
  entryPoints: { kp: join(root, 'src/cli.ts') },
  outdir: dist,
  bundle: true,
  splitting: true, // dynamic import() of yaml/zod, inquirer and csv-stringify become lazy chunks
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
  banner: {
    js: "import { createRequire as __kpCreateRequire } from 'node:module'; const require = __kpCreateRequire(import.meta.url);",
  },
});

// Validate the shipped data with the same code `kp validate` uses (from the fresh bundle's chunk).
const { snapshot } = await import(join(root, 'scripts', 'snapshot.mjs'));
const result = await snapshot(join(root, 'data'));
if (result.errors.length) {
  console.error(`build: the shipped data in data/ is invalid (${result.errors.length} problems):`);
  for (const line of result.errors) console.error(`  ${line}`);
  process.exit(65);
}
writeFileSync(join(dist, 'data.json'), JSON.stringify(result.snapshot));
