// A Prompter that answers from a script, for testing the questionnaire without a terminal.
// Each entry names the question it answers, so a test fails on an unexpected question instead of
// answering the wrong one; a question after the script ends fails too (never a hang).
import { InterruptedError } from '../../src/errors.js';
import type { Choice, Prompter } from '../../src/questionnaire/prompter.js';

/** Take what Enter would take: the default, else the first choice. */
export const ENTER = Symbol('enter');

/** A search answer: what is typed, then which choice is taken (Enter: the first). */
export interface Typed {
  readonly type: string;
  readonly pick?: string;
}

/** Ctrl+C: what the real prompter does on it (src/questionnaire/inquirer.ts). */
export const CTRL_C = Symbol('ctrl+c');

export type Answer = typeof ENTER | typeof CTRL_C | string | boolean | Typed;
export type Script = ReadonlyArray<readonly [id: string, answer: Answer]>;

export interface Asked {
  readonly id: string;
  readonly message: string;
  readonly choices?: readonly Choice<unknown>[];
}

export function scripted(script: Script) {
  const queue = [...script];
  const asked: Asked[] = [];
  const next = (q: Asked): Answer => {
    asked.push(q);
    const step = queue.shift();
    if (!step) throw new Error(`unexpected question "${q.id}" (${q.message}) after the script ended`);
    if (step[0] !== q.id) throw new Error(`expected question "${step[0]}", got "${q.id}" (${q.message})`);
    if (step[1] === CTRL_C) throw new InterruptedError('SIGINT');
    return step[1];
  };
  const choose = <V>(id: string, choices: readonly Choice<V>[], want: unknown): V => {
    const hit = choices.find((c) => c.value === want);
    if (!hit)
      throw new Error(
        `${id}: no choice ${String(want)} among ${choices.map((c) => String(c.value)).join(', ')}`,
      );
    return hit.value;
  };
  const prompter: Prompter = {
    select: async (q) => {
      const a = next(q);
      if (a === ENTER)
        return q.default !== undefined ? choose(q.id, q.choices, q.default) : q.choices[0]!.value;
      return choose(q.id, q.choices, a);
    },
    search: async (q) => {
      const a = next({ id: q.id, message: q.message, choices: q.source('') });
      const typed: Typed = a === ENTER ? { type: '' } : typeof a === 'string' ? { type: a } : (a as Typed);
      const choices = q.source(typed.type);
      if (!choices.length) throw new Error(`${q.id}: nothing found for "${typed.type}"`);
      return typed.pick === undefined ? choices[0]!.value : choose(q.id, choices, typed.pick);
    },
    input: async (q) => {
      const a = next(q);
      const value = a === ENTER ? (q.default ?? '') : String(a);
      const ok = q.validate?.(value) ?? true;
      if (ok !== true) throw new Error(`${q.id}: "${value}" rejected: ${ok}`);
      return value;
    },
    confirm: async (q) => {
      const a = next(q);
      return a === ENTER ? q.default : a === true;
    },
  };
  return { prompter, asked, left: () => queue.length };
}
