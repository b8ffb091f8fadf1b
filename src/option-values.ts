// How commander takes an option's value: an option that holds one value is given once and not
// empty. commander itself lets a second --country replace the first and takes "" as a value.
import { usage } from './errors.js';
import { clip } from './messages/index.js';

/** A commander argParser for an option with one value (and, if given, a list of choices). */
export function single(flag: string, choices?: readonly string[]): (value: string) => string {
  let seen: string | undefined;
  return (value) => {
    if (!value.trim()) throw usage('error.emptyValue', { option: flag });
    if (seen !== undefined)
      throw usage('error.repeated', { option: flag, first: clip(seen), second: clip(value) });
    if (choices && !choices.includes(value))
      throw usage('error.choice', { option: flag, value: clip(value), choices: choices.join(', ') });
    seen = value;
    return value;
  };
}
