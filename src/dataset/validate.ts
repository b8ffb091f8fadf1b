// Validation returns, it does not throw: a schema pass per record, then the named rules.
import type { z } from 'zod';
import { nearest } from '../core/text.js';
import { isDataKey } from '../messages/data.js';
import type { DataMessageKey, Message } from '../messages/index.js';
import { type Problem, says, told } from './problems.js';
import type { LoadProgress } from './progress.js';
import { type LocatedDataset, type PartialRecord, runRules } from './rules.js';
import { DATA_FILES, type DataFileKey, type RawDataset } from './schema.js';
import type { RecordSink } from './yaml.js';

export interface Validation {
  readonly dataset: RawDataset;
  readonly problems: Problem[];
}

/** Validate the parsed files. A file that could not be parsed is passed as undefined. */
export function validateData(
  values: Record<DataFileKey, readonly unknown[] | undefined>,
  progress?: LoadProgress,
): Validation {
  const validator = new Validator();
  for (const key of Object.keys(DATA_FILES) as DataFileKey[]) {
    const file = validator.file(key);
    values[key]?.forEach((raw, index) => file.each(raw, index));
    file.done(values[key] !== undefined);
  }
  return validator.finish(progress);
}

/**
 * Validation record by record, as the files are read (so a raw record can go as soon as it is
 * checked), then the cross-record rules once every file is in.
 */
export class Validator {
  readonly #problems: Problem[] = [];
  readonly #brokenIds = new Set<string>();
  readonly #partial: { [K in DataFileKey]?: PartialRecord[] } = {};
  readonly #located = {} as Record<DataFileKey, Array<{ record: never; index: number }>>;
  readonly #unreadable = new Set<DataFileKey>(Object.keys(DATA_FILES) as DataFileKey[]);

  /**
   * The schema check of one file's records: `each(raw, index)` checks a record and returns it as
   * the schema makes it (undefined when it fails); `restart()` forgets them (the file is read
   * again, whole); `done(readable)` ends the file. A file that
   * turned out unreadable (a YAML error) keeps neither its records nor their problems.
   */
  file(key: DataFileKey): RecordSink & { done(readable: boolean): void } {
    const { file, schema } = DATA_FILES[key];
    let located: Array<{ record: never; index: number }> = [];
    let problems: Problem[] = [];
    let broken: string[] = [];
    let partial: PartialRecord[] = [];
    return {
      restart: () => {
        located = [];
        problems = [];
        broken = [];
        partial = [];
      },
      each: (raw, index) => {
        const result = (schema as z.ZodType).safeParse(raw);
        if (result.success) {
          located.push({ record: result.data as never, index });
          return result.data;
        }
        const id = isRecord(raw) && typeof raw.id === 'string' ? raw.id : undefined;
        if (id) broken.push(id);
        for (const issue of result.error.issues) {
          problems.push(schemaProblem(file, index, id, raw, issue, schema as z.ZodType));
        }
        // Still judged by the rules that can read it (its id, its references): see RuleContext.
        if (id && isRecord(raw)) {
          const failed = new Set(result.error.issues.map((i) => i.path.join('.')));
          partial.push({ record: raw, index, failed });
        }
        return undefined;
      },
      done: (readable) => {
        this.#located[key] = readable ? located : [];
        if (!readable) return;
        this.#unreadable.delete(key);
        for (const p of problems) this.#problems.push(p);
        for (const id of broken) this.#brokenIds.add(id);
        this.#partial[key] = partial;
      },
    };
  }

  /** The cross-record rules, once every file is done; the records the schema accepted. */
  finish(progress?: LoadProgress): Validation {
    const data = this.#located as unknown as LocatedDataset;
    const problems = this.#problems;
    progress?.('validate', 0, 1);
    const ctx = { data, brokenIds: this.#brokenIds, unreadable: this.#unreadable, partial: this.#partial };
    for (const p of runRules(ctx, progress)) problems.push(p);
    progress?.('validate', 1, 1);
    const dataset = Object.fromEntries(
      Object.entries(this.#located).map(([k, v]) => [k, v.map((l) => l.record)]),
    ) as unknown as RawDataset;
    return { dataset, problems };
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Turn a schema issue into a problem whose message says what to write instead. */
function schemaProblem(
  file: string,
  index: number,
  id: string | undefined,
  raw: unknown,
  issue: z.core.$ZodIssue,
  schema: z.ZodType,
): Problem {
  const owner = id ?? says('data.record', { n: index + 1 });
  const field = issue.path.map(String).join('.');
  const base = { severity: 'error' as const, file, path: [index, ...issue.path] as (string | number)[] };
  const value = issue.path.reduce<unknown>(
    (v, k) => (isRecord(v) || Array.isArray(v) ? (v as never)[k] : undefined),
    raw,
  );

  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeys(schema, issue.path);
    const key = issue.keys[0] ?? '';
    const near = nearest(key, allowed, 1);
    const hint = near.length
      ? says('data.didYouMeanBare', { options: { or: near } })
      : says('data.allowed', { keys: allowed.join(', ') });
    return {
      ...base,
      path: [...base.path, key],
      code: 'UNKNOWN_FIELD',
      ...told(says('data.unknownField', { owner, key, hint })),
    };
  }
  if (!isRecord(raw)) {
    return { ...base, code: 'WRONG_TYPE', ...told(says('data.notMapping', { n: index + 1 })) };
  }
  if (issue.code === 'invalid_type' && value === undefined) {
    return { ...base, code: 'MISSING_FIELD', ...told(says('data.required', { owner, field })) };
  }
  const own = schemaMessage(issue.message);
  if (issue.code === 'invalid_type') {
    const got =
      value === null ? says('data.type.empty') : typeWord(Array.isArray(value) ? 'array' : typeof value);
    // The schema's own message when it says what the field must be; else "must be <type>".
    const should =
      own && own.key.startsWith('data.must.') ? own : says('data.mustBe', { what: typeWord(issue.expected) });
    return { ...base, code: 'WRONG_TYPE', ...told(says('data.wrongType', { owner, field, got, should })) };
  }
  if (issue.code === 'invalid_value') {
    const options = issue.values.map(String);
    const near = nearest(String(value), options, 1);
    const hint = near.length
      ? says('data.didYouMeanBare', { options: { or: near } })
      : says('data.expected', { options: { or: options } });
    return {
      ...base,
      code: 'INVALID_VALUE',
      ...told(says('data.isValue', { owner, field, value: String(value), hint })),
    };
  }
  const shown =
    typeof value === 'string'
      ? says('data.shownText', { value: value.length > 60 ? `${value.slice(0, 57)}...` : value })
      : typeof value === 'number'
        ? says('data.shownNumber', { value })
        : '';
  const detail = own ?? issueMessage(issue);
  return { ...base, code: 'INVALID_VALUE', ...told(says('data.invalid', { owner, field, shown, detail })) };
}

/** The schema's messages are keys of the message tables (schema.ts): that message, if it is one. */
function schemaMessage(text: string): Message | undefined {
  return /^data\.(must|schema)\./.test(text) && isDataKey(text) ? says(text) : undefined;
}

/** A check the schema gave no message of its own: what kind of check failed, with its limit. */
function issueMessage(issue: z.core.$ZodIssue): Message {
  switch (issue.code) {
    case 'too_small':
      return says('data.tooSmall', { limit: String(issue.minimum) });
    case 'too_big':
      return says('data.tooBig', { limit: String(issue.maximum) });
    case 'invalid_format':
      return says('data.badFormat', { format: issue.format });
    default:
      return says('data.notAllowed');
  }
}

/** A type's name as a reader says it ("a number"); one without a word of its own as it is. */
function typeWord(type: string): Message | { en: string; key: DataMessageKey } {
  const key = `data.type.${type}`;
  return isDataKey(key) && type !== 'other' && type !== 'empty'
    ? says(key)
    : { en: type, key: 'data.type.other' };
}

/** The keys a strict object at `path` accepts, for suggesting the intended one. */
function allowedKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let node: unknown = schema;
  for (const key of path) {
    node = unwrap(node);
    const shape = (node as { shape?: Record<string, unknown> }).shape;
    node = typeof key === 'string' && shape ? shape[key] : (node as { element?: unknown }).element;
  }
  const shape = (unwrap(node) as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

function unwrap(node: unknown): unknown {
  let n = node as { unwrap?: () => unknown; def?: { innerType?: unknown } };
  while (n && typeof n === 'object') {
    if (n.def?.innerType) n = n.def.innerType as typeof n;
    else break;
  }
  return n;
}
