import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { synthesize } from '../../scripts/synthetic.js';
import { loadDataDir } from '../../src/dataset/load.js';
import { ROOT, shippedDataset } from '../helpers.js';
import { syntheticDir } from '../synthetic-dir.js';

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

describe('gen-data', () => {
  it('writes a directory that validates, one record per line', () => {
    const dir = syntheticDir(200, 600);
    made.push(dir);
    const { dataset, problems } = loadDataDir(dir);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(dataset.partners).toHaveLength(200);
    expect(dataset.partnerships).toHaveLength(600);
    const lines = readFileSync(join(dir, 'partnerships.yaml'), 'utf8').split('\n');
    expect(lines.filter((l) => l.startsWith('- {'))).toHaveLength(600);
  });

  it('keeps the shipped partners and partnerships when they fit, so real relations stay', () => {
    const base = shippedDataset().raw;
    const data = synthesize(base, { partners: 1000, partnerships: 2000 });
    expect(data.partners.slice(0, base.partners.length)).toEqual(base.partners);
    expect(data.partnerships.filter((p) => p.parties.includes('borlange')).length).toBeGreaterThan(0);
  });

  it('is deterministic for a seed', () => {
    const base = shippedDataset().raw;
    const a = synthesize(base, { partners: 50, partnerships: 80, seed: 7 });
    const b = synthesize(base, { partners: 50, partnerships: 80, seed: 7 });
    expect(a).toEqual(b);
  });

  it('runs as npm run gen-data', () => {
    const out = mkdtempSync(join(tmpdir(), 'kp-gen-'));
    made.push(out);
    const r = spawnSync(
      process.execPath,
      [
        '--import',
        './scripts/register-ts.mjs',
        'scripts/gen-data.ts',
        '--partners',
        '200',
        '--partnerships',
        '300',
        '--out',
        out,
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(loadDataDir(out).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
