// Build: bundle the CLI into dist/ with esbuild, and compile the shipped YAML into a validated
// snapshot (dist/data.json) so the default run needs neither the YAML parser nor the schema
// library. The build fails when the shipped data is invalid, so the snapshot is always valid.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

await build({
  entryPoints: { kp: join(root, 'src/cli.ts') },
  outdir: dist,
  bundle: true,
  splitting: true, // dynamic import() of yaml/zod, inquirer and csv-stringify become lazy chunks
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
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
