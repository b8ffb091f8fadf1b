// The Prompter backed by @inquirer/prompts: the only module that imports inquirer. It is loaded
// with import() by `kp ask` alone, so no other command pays its start-up cost; inquirer itself
// with import() too: it is an ES module, which require() loads without a flag only from Node
// 20.19 (the bundle is CommonJS, and package.json promises 20.17).
import { styleText } from 'node:util';
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
  /** inquirer's own words ("navigate", "No results found") in the reader's language. */
  readonly words?: Readonly<Record<string, string>>;
}

/** The words inquirer writes itself, which its theme lets kp say in the reader's language. */
export const INQUIRER_WORDS = Object.freeze([
  'navigate',
  'select',
  'No results found',
  'You must provide a value',
  'Invalid input',
]);

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

export async function createInquirerPrompter(streams: InquirerStreams): Promise<Prompter> {
  const { confirm, input, search, select } = await import('@inquirer/prompts');
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
  const say = (text: string) => streams.words?.[text] ?? text;
  const paint = (how: 'bold' | 'dim' | 'red', text: string) => (streams.color ? styleText(how, text) : text);
  // The key help ("↑↓ navigate • ⏎ select") and inquirer's errors, in the reader's language.
  const words = {
    keysHelpTip: (keys: [string, string][]) =>
      keys
        .map(([key, action]) => `${paint('bold', key)} ${paint('dim', say(action))}`)
        .join(paint('dim', ' • ')),
    error: (text: string) => paint('red', `> ${say(text)}`),
  };
  const theme = {
    theme: streams.color ? { style: words } : { ...PLAIN_THEME, style: { ...PLAIN_THEME.style, ...words } },
  };
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
