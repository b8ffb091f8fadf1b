// Compile the shipped YAML once per test run into a snapshot, so in-process CLI tests load it
// like the built tool does instead of parsing YAML in every test.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { indexDataset } from '../src/core/dataset.js';
import { snapshotFile } from '../src/dataset/cached-dataset.js';
import { loadDataDir } from '../src/dataset/load.js';

export default function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'kp-test-'));
  const { dataset, problems } = loadDataDir(join(import.meta.dirname, '..', 'data'));
  const errors = problems.filter((p) => p.severity === 'error');
  const snapshot = join(dir, 'data.json');
  if (!errors.length) writeFileSync(snapshot, snapshotFile(indexDataset(dataset)));
  project.provide('snapshot', errors.length ? '' : snapshot);
  return () => {
    rmSync(dir, { recursive: true, force: true });
    // The cache folder vitest.config.ts points spawned runs at.
    rmSync(join(tmpdir(), `kp-test-cache-${process.pid}`), { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    snapshot: string;
  }
}
