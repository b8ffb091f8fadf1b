// How far a load has got, reported through a callback: the loader never prints. The steps of a
// cold load of a data directory and their share of the time, measured on 100,000 partners and
// 300,000 partnerships (docs/performance.md); a progress bar walks this table.

export const LOAD_STEPS = Object.freeze({
  hash: { share: 0.03, label: 'checking the data files' },
  // Each record is checked against the schema as it is read: one step.
  parse: { share: 0.47, label: 'reading' },
  validate: { share: 0.1, label: 'cross-checking' },
  index: { share: 0.2, label: 'indexing' },
  cache: { share: 0.2, label: 'writing the cache' },
});

export type LoadStep = keyof typeof LOAD_STEPS;

/** `done` of `total` units (bytes, records) of one step; `detail` names the file, if any. */
export type LoadProgress = (step: LoadStep, done: number, total: number, detail?: string) => void;

/** The overall fraction 0–1 for a point inside a step: the steps before it, plus its own part. */
export function overallFraction(step: LoadStep, done: number, total: number): number {
  let before = 0;
  for (const [name, { share }] of Object.entries(LOAD_STEPS)) {
    if (name === step) return Math.min(1, before + share * (total > 0 ? Math.min(1, done / total) : 1));
    before += share;
  }
  return 1;
}
