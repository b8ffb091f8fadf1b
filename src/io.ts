// What a command gets from the shell: streams, environment, colour, and the data on demand.
// Commands never touch `process`; tests build a Context with string buffers.
import { type Level, type Style, style } from './output/style.js';

export interface OutStream {
  write(chunk: string | Uint8Array): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
  /** Bytes taken but not written yet (Node's streams; 0 or absent for a synchronous writer). */
  readonly writableLength?: number;
}

export interface InStream {
  readonly isTTY?: boolean;
}

export interface Io {
  readonly stdout: OutStream;
  readonly stderr: OutStream;
  readonly stdin: InStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** The current year, from the clock (read in cli.ts only): the default of --as-of. */
  readonly year?: number;
}

/**
 * The one colour decision, per stream: --no-color and a non-empty NO_COLOR turn it off,
 * FORCE_COLOR turns it on, TERM=dumb off, otherwise colour only on a terminal.
 */
export function colorLevel(stream: OutStream, env: Io['env'], flag: boolean): Level {
  if (!flag) return 0;
  if (env.NO_COLOR) return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '0' && force !== 'false')
    return force === '3' ? 3 : force === '2' ? 2 : 1;
  if (force === '0' || force === 'false') return 0;
  if (env.TERM === 'dumb') return 0;
  if (!stream.isTTY) return 0;
  return env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit' ? 3 : 2;
}

export interface Colors {
  readonly out: Style;
  readonly err: Style;
}

/** Both streams' styles; chalk is imported only if one of them gets colour. */
export async function makeColors(io: Io, flag: boolean): Promise<Colors> {
  const [out, err] = await Promise.all([
    style(colorLevel(io.stdout, io.env, flag)),
    style(colorLevel(io.stderr, io.env, flag)),
  ]);
  return { out, err };
}

/** Narrower than this, nothing is readable; tables below ~60 columns stack their rows instead. */
const MIN_WIDTH = 20;

/** Width for tables: COLUMNS, else the terminal's own, else 80. */
export function outputWidth(io: Io): number {
  const env = Number(io.env.COLUMNS);
  if (io.env.COLUMNS && Number.isInteger(env) && env > 0) return Math.max(MIN_WIDTH, env);
  const cols = io.stdout.isTTY ? io.stdout.columns : undefined;
  return Math.max(MIN_WIDTH, cols || 80);
}
