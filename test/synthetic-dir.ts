// A small generated data directory for cache and fast-path tests: the shipped countries, themes
// and Swedish parties, with synthetic partners and partnerships one record per line (or in
// block style, as `npm run gen-data -- --style block` writes them).
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { blockLines, flowLines, synthesize } from '../scripts/synthetic.js';
import { DATA, shippedDataset } from './helpers.js';

export function syntheticDir(
  partners = 200,
  partnerships = 600,
  seed = 1,
  style: 'lines' | 'block' = 'lines',
): string {
  const write = style === 'block' ? blockLines : flowLines;
  const dir = mkdtempSync(join(tmpdir(), 'kp-synth-'));
  mkdirSync(dir, { recursive: true });
  const data = synthesize(shippedDataset().raw, { partners, partnerships, seed });
  for (const f of ['countries.yaml', 'themes.yaml', 'municipalities.yaml'])
    copyFileSync(join(DATA, f), join(dir, f));
  writeFileSync(join(dir, 'partners.yaml'), write(data.partners, '# synthetic'));
  writeFileSync(join(dir, 'partnerships.yaml'), write(data.partnerships, '# synthetic'));
  return dir;
}
