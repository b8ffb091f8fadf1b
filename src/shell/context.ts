// The context every command runs in, built once per invocation by the program.
import { resolve } from 'node:path';
import { type Colors, type Io, makeColors, outputWidth } from '../io.js';
import { atYear, type Dataset } from '../core/dataset.js';
import type { LoadProgress } from '../dataset/progress.js';
import { type DataLocation, loadDataset } from '../dataset/source.js';
import { usage } from '../errors.js';
import { clip, type Lang, type MessageKey, msg, type Vars } from '../messages/index.js';
import { progressLine } from '../output/progress.js';

export interface GlobalOptions {
  readonly data?: string;
  readonly color: boolean;
  readonly debug: boolean;
  readonly quiet: boolean;
  /** --no-cache sets it false. */
  readonly cache?: boolean;
  /** --as-of YEAR, as typed. */
  readonly asOf?: string;
  /** The command's --lang, for notes and errors. */
  readonly lang?: Lang;
}

export interface Context {
  readonly io: Io;
  readonly colors: Colors;
  readonly options: GlobalOptions;
  readonly location: DataLocation;
  /** Loaded on first use, once. */
  dataset(): Promise<Dataset>;
  /** The language notes and messages are written in (--lang). */
  readonly lang: Lang;
  /** A line for stderr: notes, resolutions. Suppressed by --quiet; said once however often it comes. */
  note(line: string): void;
  /** A note from the message tables, in the command's language. */
  say(key: MessageKey, vars?: Vars): void;
  /** Data for stdout. */
  write(text: string): void;
  readonly width: number;
}

export async function createContext(
  io: Io,
  options: GlobalOptions,
  shipped: DataLocation['shipped'],
): Promise<Context> {
  const dir = options.data ?? (io.env.KP_DATA || undefined);
  const location: DataLocation = {
    dir: dir ? resolve(io.cwd, dir) : undefined,
    via: options.data !== undefined ? '--data' : 'KP_DATA',
    shipped,
  };
  let loaded: Promise<Dataset> | undefined;
  const colors = await makeColors(io, options.color);
  // A repeated input (5,000 times --theme refugees) is one note, not 5,000.
  const said = new Set<string>();
  const note = (line: string) => {
    if (options.quiet || said.has(line)) return;
    said.add(line);
    io.stderr.write(`${colors.err.dim(line)}\n`);
  };
  // The year status is judged in: --as-of, else the clock's year the shell passed in, else the
  // data's latest year (in-process runs that give none are reproducible).
  const asOf = options.asOf === undefined ? io.year : parseYear(options.asOf);
  const lang = options.lang ?? 'en';
  const noCache = options.cache === false || ['1', 'true', 'yes'].includes(io.env.KP_NO_CACHE ?? '');
  const loadWithProgress = async () => {
    // Only a data directory takes long enough to show progress; the snapshot loads in milliseconds.
    const bar = location.dir ? progressBar(io, options.quiet, lang) : undefined;
    try {
      return await loadDataset(location, io.cwd, {
        cache: noCache ? undefined : { env: io.env },
        asOf,
        lang,
        progress: bar?.update,
        note: (line) => {
          bar?.clear();
          note(line);
        },
      });
    } finally {
      bar?.clear();
    }
  };
  return {
    io,
    colors,
    options,
    location,
    dataset: () => {
      loaded ??= loadWithProgress().then((ds) => (asOf === undefined ? ds : atYear(ds, asOf)));
      return loaded;
    },
    lang,
    note,
    say: (key, vars) => note(msg(lang, key, vars)),
    write: (text) => {
      io.stdout.write(text);
      // The newline on its own: joined to the text, it would make a copy of the whole output
      // (a table is kilobytes) just to write it.
      if (!text.endsWith('\n')) io.stdout.write('\n');
    },
    width: outputWidth(io),
  };
}

/** A year as --as-of takes it: four digits, in the range any partnership could be judged in. */
export function parseYear(text: string): number {
  const year = Number(text);
  if (!/^\d{4}$/.test(text.trim()) || year < 1950 || year > 2100)
    throw usage('error.asOf', { value: clip(text) });
  return year;
}

/** Redraw at most this often: a terminal write per record would cost more than the work. */
const PROGRESS_INTERVAL_MS = 80;

/** A progress bar on stderr, only on a terminal and not with --quiet; undefined otherwise. */
function progressBar(
  io: Io,
  quiet: boolean,
  lang: Lang,
): { update: LoadProgress; clear(): void } | undefined {
  if (quiet || !io.stderr.isTTY) return undefined;
  let last = 0;
  let shown = false;
  return {
    update: (step, done, total, detail) => {
      const now = Date.now();
      if (now - last < PROGRESS_INTERVAL_MS) return;
      last = now;
      shown = true;
      io.stderr.write(`\r${progressLine(step, done, total, detail, io.stderr.columns || 80, lang)}\u001b[K`);
    },
    clear: () => {
      if (shown) io.stderr.write('\r\u001b[K');
      shown = false;
    },
  };
}
