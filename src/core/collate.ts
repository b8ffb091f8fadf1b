// Swedish collation without paying for ICU on every run. Creating an Intl.Collator costs ~5 ms
// (ICU loads its collation data), a tenth of Node's whole start-up, and most comparisons are
// between plain names ("Borlänge", "Region Skåne"). Those are compared here with the same result
// as Intl.Collator('sv') (a property test holds the two together); anything else goes to ICU.

/**
 * Primary weight of each character the fast path understands, in Swedish order: space and hyphen
 * (punctuation sorts before digits and letters), digits, a–z, then å, ä, ö. Upper and lower case
 * share a weight; case only decides between strings that are otherwise equal.
 */
const PRIMARY: ReadonlyMap<number, number> = (() => {
  const order = [' ', '-', ...'0123456789', ...'abcdefghijklmnopqrstuvwxyz', 'å', 'ä', 'ö'];
  const m = new Map<number, number>();
  order.forEach((ch, i) => {
    m.set(ch.charCodeAt(0), i + 1);
    const upper = ch.toUpperCase();
    if (upper !== ch) m.set(upper.charCodeAt(0), i + 1);
  });
  return m;
})();

const isUpper = (code: number) =>
  (code >= 0x41 && code <= 0x5a) || code === 0xc5 || code === 0xc4 || code === 0xd6;

/**
 * Compare two strings made only of the characters in PRIMARY, as ICU's Swedish collation does
 * (primary level first over the whole string, then lower case before upper case at the first
 * difference). Returns undefined when either string has another character.
 */
export function fastCompareSv(a: string, b: string): number | undefined {
  const n = Math.min(a.length, b.length);
  let primary = 0;
  let tertiary = 0;
  for (let i = 0; i < n; i++) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(i);
    const pa = PRIMARY.get(ca);
    const pb = PRIMARY.get(cb);
    if (pa === undefined || pb === undefined) return undefined;
    if (!primary && pa !== pb) primary = pa < pb ? -1 : 1;
    if (!tertiary && ca !== cb) tertiary = isUpper(ca) ? 1 : -1;
  }
  for (let i = n; i < a.length; i++) if (!PRIMARY.has(a.charCodeAt(i))) return undefined;
  for (let i = n; i < b.length; i++) if (!PRIMARY.has(b.charCodeAt(i))) return undefined;
  if (primary) return primary;
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  return tertiary;
}

let collator: Intl.Collator | undefined;

/** Swedish collation: Å, Ä, Ö after Z, in that order (code-point order would put Ä before Å). */
export function compareSv(a: string, b: string): number {
  if (a === b) return 0;
  const fast = fastCompareSv(a, b);
  if (fast !== undefined) return fast;
  collator ??= new Intl.Collator('sv');
  return collator.compare(a, b);
}
