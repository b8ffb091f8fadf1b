// Terminal styles: the five kp uses, as ANSI codes, or none. In place of chalk, whose set-up
// (every style and colour, as getters) cost a tenth of kp's start-up budget; kp decides whether
// to colour itself (src/context.ts colorLevel).

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

/** Open and close codes. Bold and dim share their close code, so a close re-opens the outer one. */
const CODES = {
  bold: [1, 22],
  dim: [2, 22],
  cyan: [36, 39],
  green: [32, 39],
  yellow: [33, 39],
} as const;

export function style(level: Level): Style {
  const paint = (name: keyof typeof CODES) => {
    if (!level) return (text: string) => text;
    const [open, close] = CODES[name];
    const start = `\u001b[${open}m`;
    const end = `\u001b[${close}m`;
    // A close inside (a nested style) would end this one early: open it again after each.
    return (text: string) => (text ? `${start}${text.replaceAll(end, end + start)}${end}` : text);
  };
  return {
    level,
    bold: paint('bold'),
    dim: paint('dim'),
    cyan: paint('cyan'),
    green: paint('green'),
    yellow: paint('yellow'),
  };
}
