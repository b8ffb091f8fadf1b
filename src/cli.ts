// The real process: argv, streams, signals and the exit code. Nothing else touches `process` state.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from './run.js';

// The bundle lives in dist/; the shipped YAML in data/ beside it, the validated snapshot in dist/.
const here = dirname(fileURLToPath(import.meta.url));
const shipped = { dir: join(here, '..', 'data'), snapshot: join(here, 'data.json') };

// `kp list | head -1` closes the pipe early: that is the reader's choice, not an error.
const onError = (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
};
process.stdout.on('error', onError);
// stderr is set up on first use: most runs never write to it, and each stream costs start-up.
let stderr: NodeJS.WriteStream | undefined;

run(
  process.argv.slice(2),
  {
    stdout: process.stdout,
    get stderr() {
      if (!stderr) {
        stderr = process.stderr;
        stderr.on('error', onError);
      }
      return stderr;
    },
    // A getter: touching process.stdin sets up a stream (and loads net or tty), which only the
    // questionnaire needs. Start-up time matters for every other command.
    get stdin() {
      return process.stdin;
    },
    env: process.env,
    cwd: process.cwd(),
  },
  shipped,
).then((code) => {
  // exitCode, not exit(): a large write to a pipe must drain before the process ends.
  process.exitCode = code;
});
