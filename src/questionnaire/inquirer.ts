// The Prompter backed by @inquirer/prompts: the only module that imports inquirer. It is loaded
// with import() by `kp ask` alone, so no other command pays its start-up cost.
import { confirm, input, search, select } from '@inquirer/prompts';
import type { Prompter } from './prompter.js';

export interface InquirerStreams {
  readonly input: NodeJS.ReadableStream;
  /** stderr: stdout carries the ranking. */
  readonly output: NodeJS.WritableStream;
  readonly color: boolean;
  /**
   * The error for Ctrl+C (the caller's InterruptedError). Passed in rather than imported so this
   * lazy chunk shares no module with the main bundle, which would split errors.ts into a chunk of
   * its own that every command then loads.
   */
  readonly interrupted: () => Error;
}

const plain = (text: string) => text;
/** inquirer colours through node:util styleText whatever --no-color says: override its styles. */
const PLAIN_THEME = {
  prefix: { idle: '?', done: '✔' },
  style: {
    answer: plain,
    message: plain,
    error: (text: string) => `> ${text}`,
    defaultAnswer: (text: string) => `(${text})`,
    help: plain,
    highlight: plain,
    key: (text: string) => `<${text}>`,
    description: plain,
    searchTerm: plain,
    disabled: plain,
  },
};

export function createInquirerPrompter(streams: InquirerStreams): Prompter {
  /** Ctrl+C makes inquirer reject with ExitPromptError (not exported by @inquirer/prompts). */
  const interruptible = async <T>(pending: Promise<T>): Promise<T> => {
    try {
      return await pending;
    } catch (e) {
      if (e instanceof Error && e.name === 'ExitPromptError') throw streams.interrupted();
      throw e;
    }
  };
  const context = { input: streams.input, output: streams.output };
  const theme = streams.color ? {} : { theme: PLAIN_THEME };
  return {
    select: (q) =>
      interruptible(
        select(
          {
            message: q.message,
            choices: q.choices.map((c) => ({ ...c })),
            default: q.default,
            pageSize: 12,
            ...theme,
          },
          context,
        ),
      ),
    search: (q) =>
      interruptible(
        search(
          { message: q.message, source: (term) => q.source(term ?? ''), pageSize: 12, ...theme },
          context,
        ),
      ),
    input: (q) =>
      interruptible(
        input(
          { message: q.message, default: q.default, validate: q.validate, required: true, ...theme },
          context,
        ),
      ),
    confirm: (q) => interruptible(confirm({ message: q.message, default: q.default, ...theme }, context)),
  };
}
