// Terminal styles: the five kp uses, from chalk at the level src/context.ts decided (colorLevel),
// or none. chalk is imported only when there is colour to make: its set-up (every style and
// colour, as getters) is a cost the piped default run does not pay.

export type Level = 0 | 1 | 2 | 3;

export interface Style {
  /** 0: no colour; above 0: colour (kp uses only the 16 basic colours, so 1–3 look the same). */
  readonly level: Level;
  bold(text: string): string;
  dim(text: string): string;
  cyan(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
}

const same = (text: string) => text;

/** No colour: files, pipes, NO_COLOR, --no-color. */
export const PLAIN: Style = Object.freeze({
  level: 0,
  bold: same,
  dim: same,
  cyan: same,
  green: same,
  yellow: same,
});

/** The styles at `level`: PLAIN at 0, else chalk's (imported now, on first need). */
export async function style(level: Level): Promise<Style> {
  if (!level) return PLAIN;
  const { Chalk } = await import('chalk');
  // chalk decides nothing here: kp chose the level (chalk 5 ignores NO_COLOR by itself).
  const chalk = new Chalk({ level });
  return Object.freeze({
    level,
    bold: (text: string) => chalk.bold(text),
    dim: (text: string) => chalk.dim(text),
    cyan: (text: string) => chalk.cyan(text),
    green: (text: string) => chalk.green(text),
    yellow: (text: string) => chalk.yellow(text),
  });
}
