// How far a load has got, reported through a callback: the loader never prints. The steps of a
// cold load of a data directory and their share of the time, measured on 100,000 partners and
// 300,000 partnerships (docs/performance.md); a progress bar walks this table. Each label is a
// key of the message tables (src/messages/en.ts), shown in the reader's language.
import type { MessageKey } from '../messages/index.js';

export const LOAD_STEPS = Object.freeze({
  hash: { share: 0.03, label: 'progress.hash' },
  // Each record is checked against the schema as it is read: one step.
  parse: { share: 0.47, label: 'progress.parse' },
  validate: { share: 0.1, label: 'progress.validate' },
  index: { share: 0.2, label: 'progress.index' },
  cache: { share: 0.2, label: 'progress.cache' },
} satisfies Record<string, { share: number; label: MessageKey }>);

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
