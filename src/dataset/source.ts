// Where the data comes from: the snapshot compiled into the build (the default, fast: no YAML
// parser, no schema library), or a directory of YAML files (--data / KP_DATA).
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { type Dataset, indexDataset } from '../core/dataset.js';
import { DataError } from '../errors.js';
import { formatProblem, type Problem, sortProblems } from './problems.js';
import type { RawDataset } from './schema.js';

export interface DataLocation {
  /** A directory of YAML files chosen by the user, if any. */
  readonly dir?: string;
  /** The shipped data: its YAML directory and, when built, its validated snapshot. */
  readonly shipped: { readonly dir: string; readonly snapshot?: string };
}

export interface SnapshotFile {
  readonly format: 'kp-snapshot';
  readonly version: 1;
  readonly dataset: RawDataset;
}

export async function loadDataset(where: DataLocation, cwd: string): Promise<Dataset> {
  if (!where.dir && where.shipped.snapshot && existsSync(where.shipped.snapshot)) {
    const snap = JSON.parse(readFileSync(where.shipped.snapshot, 'utf8')) as SnapshotFile;
    return indexDataset(snap.dataset);
  }
  const dir = where.dir ?? where.shipped.dir;
  const { dataset, problems } = await loadAndCheck(dir);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) throw invalidData(errors, dir, cwd);
  return indexDataset(dataset);
}

/** Load a YAML directory with all its problems (yaml and zod are imported only here, on demand). */
export async function loadAndCheck(dir: string): Promise<{ dataset: RawDataset; problems: Problem[] }> {
  const { loadDataDir } = await import('./load.js');
  return loadDataDir(dir);
}

export function invalidData(errors: readonly Problem[], dir: string, cwd: string): DataError {
  const shown = displayDir(dir, cwd);
  const lines = sortProblems(errors).map((p) => formatProblem(p, shown));
  const n = errors.length;
  return new DataError(`${n} problem${n === 1 ? '' : 's'} in the data in ${shown}/`, lines);
}

/** A directory as the user would write it: relative to where they are, when that is shorter. */
export function displayDir(dir: string, cwd: string): string {
  const rel = relative(cwd, dir) || '.';
  return rel.length < dir.length ? rel : dir;
}
