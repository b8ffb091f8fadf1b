// The kinds `kp list` knows, in the order its help lists them: the one list of their names.
// core/lists.ts (which rows) and output/list-views.ts (which columns) have an entry for each,
// which the type checker holds to exactly these names. Here, apart, so the help needs neither.
export const LIST_KIND_NAMES = ['municipalities', 'partners', 'countries', 'themes', 'partnerships'] as const;
export type ListKindName = (typeof LIST_KIND_NAMES)[number];

/** A name the user typed is a kind: own names only, so `toString` is not one. */
export const isListKind = (name: string): name is ListKindName =>
  (LIST_KIND_NAMES as readonly string[]).includes(name);
