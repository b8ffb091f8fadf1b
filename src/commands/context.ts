// The context every command runs in, built once per invocation by the program.
import { resolve } from 'node:path';
import { type Colors, type Io, makeColors, outputWidth } from '../context.js';
import type { Dataset } from '../core/dataset.js';
import { type DataLocation, loadDataset } from '../dataset/source.js';

export interface GlobalOptions {
  readonly data?: string;
  readonly color: boolean;
  readonly debug: boolean;
  readonly quiet: boolean;
}

export interface Context {
  readonly io: Io;
  readonly colors: Colors;
  readonly options: GlobalOptions;
  readonly location: DataLocation;
  /** Loaded on first use, once. */
  dataset(): Promise<Dataset>;
  /** A line for stderr: notes, resolutions. Suppressed by --quiet. */
  note(line: string): void;
  /** Data for stdout. */
  write(text: string): void;
  readonly width: number;
}

export function createContext(io: Io, options: GlobalOptions, shipped: DataLocation['shipped']): Context {
  const dir = options.data ?? (io.env.KP_DATA || undefined);
  const location: DataLocation = { dir: dir ? resolve(io.cwd, dir) : undefined, shipped };
  let loaded: Promise<Dataset> | undefined;
  const colors = makeColors(io, options.color);
  return {
    io,
    colors,
    options,
    location,
    dataset: () => {
      loaded ??= loadDataset(location, io.cwd);
      return loaded;
    },
    note: (line) => {
      if (!options.quiet) io.stderr.write(`${colors.err.dim(line)}\n`);
    },
    write: (text) => {
      io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    },
    width: outputWidth(io),
  };
}
