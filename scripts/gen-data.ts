// npm run gen-data -- --partners 100000 --partnerships 300000 --out DIR [--seed N] [--style lines|block]
// Writes a synthetic, schema-valid data directory for scale tests: countries, themes and
// Swedish parties copied from data/, partners and partnerships generated (scripts/synthetic.ts),
// one record per line (the default) or in block style, as the `yaml` package's stringify writes
// it and as people write YAML by hand (`--style block`).
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadDataDir } from '../src/dataset/load.js';
import { blockLines, flowLines, synthesize } from './synthetic.js';

const { values } = parseArgs({
  options: {
    partners: { type: 'string', default: '1000' },
    partnerships: { type: 'string', default: '3000' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
    data: { type: 'string', default: join(import.meta.dirname, '..', 'data') },
    style: { type: 'string', default: 'lines' },
  },
});
const STYLES = { lines: flowLines, block: blockLines } as const;
const count = (name: string, v: string | undefined) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`gen-data: --${name} takes a whole number above 0, not "${v}"`);
    process.exit(2);
  }
  return n;
};
if (!values.out) {
  console.error(
    'gen-data: --out DIR is required, e.g. npm run gen-data -- --partners 1000 --out .tmp/data-1k',
  );
  process.exit(2);
}
if (!Object.hasOwn(STYLES, values.style)) {
  console.error(`gen-data: --style takes lines or block, not "${values.style}"`);
  process.exit(2);
}
const write = STYLES[values.style as keyof typeof STYLES];
const out = resolve(values.out);
const partners = count('partners', values.partners);
const partnerships = count('partnerships', values.partnerships);

const base = loadDataDir(values.data);
if (base.problems.some((p) => p.severity === 'error')) {
  console.error(`gen-data: ${values.data} has errors; run kp validate --data ${values.data}`);
  process.exit(65);
}
const started = performance.now();
const data = synthesize(base.dataset, { partners, partnerships, seed: count('seed', values.seed) });
mkdirSync(out, { recursive: true });
for (const file of ['countries.yaml', 'themes.yaml', 'municipalities.yaml']) {
  copyFileSync(join(values.data, file), join(out, file));
}
const header = (what: string) =>
  `# Synthetic ${what} for scale tests (npm run gen-data, seed ${values.seed}); not real data.\n` +
  (values.style === 'block'
    ? '# Block style, as the yaml package writes it.'
    : '# One record per line: a YAML flow mapping written as JSON.');
writeFileSync(join(out, 'partners.yaml'), write(data.partners, header('municipalities abroad')));
writeFileSync(join(out, 'partnerships.yaml'), write(data.partnerships, header('partnerships')));
console.error(
  `gen-data: ${data.partners.length} partners, ${data.partnerships.length} partnerships in ${out} (${Math.round(performance.now() - started)} ms)`,
);
