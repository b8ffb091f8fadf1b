// stdout and stderr for the real process. Node's process.stdout and process.stderr load the
// stream and tty modules (and with a terminal, net): about 1.5 ms each, a tenth of kp's budget
// over bare Node. Output to a file, a pipe or /dev/null needs none of that: it is written with
// writeSync, as Node itself does for files and pipes. A terminal, which only a person waits on,
// gets Node's stream (colours, columns, the questionnaire).
import { fstatSync, statSync, writeSync } from 'node:fs';
// The build gives this import a stand-in that loads node:tty on the first call (scripts/build.mjs):
// only a character device other than /dev/null asks, a terminal or the like of /dev/full.
import { isatty } from 'node:tty';
import type { OutStream } from './io.js';

export interface StdioHandlers {
  /** The reader went away (EPIPE): `kp list | head -1`. */
  readonly closed: () => void;
  /** Any other failure to write (a full disk, /dev/full). */
  readonly failed: (e: NodeJS.ErrnoException) => void;
}

/** fd 1 or 2: Node's stream on a terminal, else a synchronous writer that loads nothing. */
export function stdio(fd: 1 | 2, stream: () => NodeJS.WriteStream, on: StdioHandlers): OutStream {
  if (isTerminal(fd)) {
    const s = stream();
    s.on('error', (e: NodeJS.ErrnoException) => (e.code === 'EPIPE' ? on.closed() : on.failed(e)));
    return s;
  }
  // A pipe someone else made non-blocking can refuse a write (EAGAIN): from then on Node's
  // stream, which waits, takes the rest, in order.
  let fallback: NodeJS.WriteStream | undefined;
  return {
    isTTY: false,
    // What Node's stream still holds (the writes before the fallback are done).
    get writableLength() {
      return fallback?.writableLength ?? 0;
    },
    write(text: string | Uint8Array) {
      if (fallback) return fallback.write(text);
      const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
      let done = 0;
      try {
        while (done < bytes.length) done += writeSync(fd, bytes, done);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') {
          fallback = stream();
          fallback.on('error', (err: NodeJS.ErrnoException) =>
            err.code === 'EPIPE' ? on.closed() : on.failed(err),
          );
          return fallback.write(bytes.subarray(done));
        }
        if (code === 'EPIPE') on.closed();
        else on.failed(e as NodeJS.ErrnoException);
      }
      return true;
    },
  };
}

/** Bytes a stream from stdio() has taken but not yet written: Node's streams, and the fallback's. */
export function pending(s: OutStream | undefined): boolean {
  return (s?.writableLength ?? 0) > 0;
}

/** The device number of /dev/null, once: both stdout and stderr may ask. */
let devNull: number | undefined;

/**
 * Whether fd is a terminal. A file, a pipe or /dev/null is told apart without loading node:tty
 * (2.7 ms); another character device is asked. /dev/full is not a terminal: written to
 * synchronously, its "no space" is a message and exit 73 before the process ends, where Node's
 * stream would report it after.
 */
function isTerminal(fd: number): boolean {
  try {
    const st = fstatSync(fd);
    if (!st.isCharacterDevice()) return false;
    devNull ??= statSync('/dev/null').rdev;
    return st.rdev !== devNull && isatty(fd);
  } catch {
    // A closed fd: Node's stream handles that as it always has.
    return true;
  }
}
