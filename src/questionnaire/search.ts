// Search-as-you-type over name entries, for the questionnaire's searchable lists. Pure.
// The project's resolver decides first (exact → alias → diacritics → fuzzy, as `kp match` does),
// so what the flags would accept is always on top; then names and synonyms that start with or
// contain what was typed, then fuzzy neighbours for typos.
import { createFuzzySearch } from '../core/fuzzy.js';
import { baseNames, createResolver, type NameEntry } from '../core/names.js';
import { compareSv, editDistance, fold, normalize } from '../core/text.js';

export interface Hit<T> {
  readonly entry: NameEntry<T>;
  /** The alias or synonym that matched, when it is not the entry's label. */
  readonly via?: string;
  /** Found only as a possible typo: below "not in the list", never what Enter takes at once. */
  readonly fuzzy?: true;
}

/** Match quality, best first: a table, so the order is read here and not in branches below. */
/** Fuzzy neighbours worse than this (fuse.js: 0 perfect, 1 none) are noise in a list people read. */
const FUZZY_SCORE = 0.25;
const RANK = Object.freeze({ resolved: 0, equal: 1, labelPrefix: 2, wordPrefix: 3, contains: 4, fuzzy: 5 });

/**
 * Build the search once; the returned function answers each keystroke. With nothing typed it
 * returns every entry in the order given (callers put the likeliest first).
 */
export function createSearch<T>(
  entries: readonly NameEntry<T>[],
): (term: string, limit?: number) => Hit<T>[] {
  const resolver = createResolver(entries);
  const keys: { owner: number; text: string; folded: string }[] = [];
  entries.forEach((e, owner) => {
    for (const text of [e.label, ...e.primary, ...e.secondary])
      keys.push({ owner, text, folded: fold(text) });
  });
  let fuzzy: ReturnType<typeof createFuzzySearch> | undefined;

  return (term, limit = 50) => {
    const q = fold(term);
    if (!q) return entries.slice(0, limit).map((entry) => ({ entry }));
    const best = new Map<number, { rank: number; via?: string }>();
    // The best rank wins; the spelling shown is the best one that says why the entry matched.
    const offer = (owner: number, rank: number, via: string | undefined) => {
      const had = best.get(owner);
      if (!had) best.set(owner, { rank, via });
      else best.set(owner, { rank: Math.min(rank, had.rank), via: had.via ?? via });
    };
    const r = resolver.resolve(term);
    if (r.ok) {
      const owner = entries.indexOf(r.entry);
      // Show the spelling that matched as the data has it ("Georgien"), not as typed.
      const key = keys.find((k) => k.owner === owner && k.folded === fold(r.matched));
      // A typo the resolver accepts ("Ekerö komun") is offered as one: marked, not at the top.
      offer(owner, r.how === 'fuzzy' ? RANK.fuzzy : RANK.resolved, key?.text);
    }
    // Found by its text, not only as a typo: then no typos are added.
    const found = () => [...best.values()].some((b) => b.rank < RANK.fuzzy);
    // "Eskil kommun" is searched as "eskil" too when the whole finds nothing: no name but the
    // official ones ends in "kommun".
    const terms = [q, ...baseNames(normalize(term)).map(fold)];
    terms.forEach((t, i) => {
      if (i > 0 && found()) return;
      for (const k of keys) {
        if (k.folded === t) offer(k.owner, RANK.equal, k.text);
        else if (k.text === entries[k.owner]!.label && k.folded.startsWith(t))
          offer(k.owner, RANK.labelPrefix, k.text);
        else if (k.folded.split(/[\s,/-]+/).some((w) => w.startsWith(t)))
          offer(k.owner, RANK.wordPrefix, k.text);
        else if (k.folded.includes(t)) offer(k.owner, RANK.contains, k.text);
      }
    });
    // Typos: only when the text found nothing at all, and from four letters on (fuzzy matches of
    // three letters are mostly noise: "lod" finds Brod and Loppi). Marked, so that a list with "not
    // in the list" puts them after it: "Gulu" is not a typo of Oulu.
    if (!found()) {
      fuzzy ??= createFuzzySearch(keys.map((k) => k.folded));
      for (const t of terms.filter((x) => x.length >= 4))
        for (const hit of fuzzy(t, 20).filter((h) => h.score <= FUZZY_SCORE)) {
          // The fewest edits first, then fuse.js's score: it scores a short term by where it fits
          // inside a long name, so "wste" put Digitalisation before Waste management.
          const key = keys[hit.index]!;
          const edits = Math.min(
            editDistance(t, key.folded),
            ...key.folded.split(/[\s,/-]+/).map((w) => editDistance(t, w)),
          );
          offer(key.owner, RANK.fuzzy + Math.min(edits, 9) / 10 + hit.score / 100, key.text);
        }
    }
    return [...best]
      .sort(([a, x], [b, y]) => x.rank - y.rank || compareSv(entries[a]!.label, entries[b]!.label))
      .slice(0, limit)
      .map(([owner, { rank, via }]) => {
        const entry = entries[owner]!;
        const fuzzy = rank >= RANK.fuzzy ? { fuzzy: true as const } : {};
        // The spelling is shown only when the label itself does not explain the match.
        return !via || via === entry.label || fold(entry.label).includes(q) || via === entry.id
          ? { entry, ...fuzzy }
          : { entry, via, ...fuzzy };
      });
  };
}
