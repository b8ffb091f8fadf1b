// Validate a YAML data directory with the project's own loader and return the snapshot the
// default run loads. Used by the build; runs the TypeScript sources through register-ts.
import './register-ts.mjs';

export async function snapshot(dir) {
  const { loadDataDir } = await import('../src/dataset/load.ts');
  const { formatProblem, sortProblems } = await import('../src/dataset/problems.ts');
  const { indexDataset } = await import('../src/core/dataset.ts');
  const { snapshotFile } = await import('../src/dataset/cached-dataset.ts');
  const { dataset, problems } = loadDataDir(dir);
  const errors = sortProblems(problems.filter((p) => p.severity === 'error')).map((p) =>
    formatProblem(p, 'data'),
  );
  return { errors, bytes: errors.length ? undefined : snapshotFile(indexDataset(dataset)) };
}
