// The seam between the questionnaire and whatever asks the questions. The real one is inquirer
// (./inquirer.ts, loaded only when `kp ask` runs); tests script the answers. Every question has an
// id, so a scripted answer can say which question it answers and a test fails on a surprise.

export interface Choice<V> {
  readonly value: V;
  readonly name: string;
  /** Shown under the list while this choice is highlighted. */
  readonly description?: string;
  /** Shown after the question once chosen, when `name` is too long for that. */
  readonly short?: string;
}

interface Question {
  /** Stable name of the question: "role", "themes", "file". */
  readonly id: string;
  readonly message: string;
}

export interface SelectQuestion<V> extends Question {
  readonly choices: readonly Choice<V>[];
  readonly default?: V;
}

export interface SearchQuestion<V> extends Question {
  /** The choices for what has been typed so far ("" before any typing). */
  readonly source: (term: string) => readonly Choice<V>[];
}

export interface InputQuestion extends Question {
  readonly default?: string;
  /** true, or the message that says what is wrong. */
  readonly validate?: (value: string) => true | string;
}

export interface ConfirmQuestion extends Question {
  readonly default: boolean;
}

/** Ctrl+C rejects any of these with InterruptedError. */
export interface Prompter {
  select<V>(q: SelectQuestion<V>): Promise<V>;
  search<V>(q: SearchQuestion<V>): Promise<V>;
  input(q: InputQuestion): Promise<string>;
  confirm(q: ConfirmQuestion): Promise<boolean>;
}
