// The progress bar of a long load, as one line of text. Pure; the shell decides when to draw it.
import { LOAD_STEPS, type LoadStep, overallFraction } from '../dataset/progress.js';
import { type Lang, msg } from '../messages/index.js';
import { truncate } from './width.js';

const BAR_WIDTH = 24;

/** `loading data ██████░░░░ 42% validating partnerships.yaml`, cut to `width` columns. */
export function progressLine(
  step: LoadStep,
  done: number,
  total: number,
  detail: string | undefined,
  width: number,
  lang: Lang = 'en',
): string {
  const f = overallFraction(step, done, total);
  const full = Math.round(f * BAR_WIDTH);
  const pct = `${Math.floor(f * 100)}%`.padStart(4);
  const what = [msg(lang, LOAD_STEPS[step].label), detail].filter(Boolean).join(' ');
  return truncate(
    `${msg(lang, 'progress.loading')} ${'█'.repeat(full)}${'░'.repeat(BAR_WIDTH - full)} ${pct} ${what}`,
    width - 1,
  );
}
