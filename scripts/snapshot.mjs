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
  // Status and facts are judged as of the year of the build, the year most runs of it ask about:
  // a run in another year (or with --as-of) derives them again from the records (atYear), so the
  // snapshot only makes the usual run fast and never makes an answer depend on when it was built.
  const year = new Date().getFullYear();
  return { errors, bytes: errors.length ? undefined : snapshotFile(indexDataset(dataset, year)) };
}
