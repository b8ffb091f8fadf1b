// The kinds `kp list` knows, in the order its help lists them: the one list of their names.
// commands/list.ts has an entry for each, which the type checker holds to exactly these names.
// Here, apart, so the help needs none of list.ts at start-up.
export const LIST_KIND_NAMES = ['municipalities', 'partners', 'countries', 'themes', 'partnerships'] as const;
export type ListKindName = (typeof LIST_KIND_NAMES)[number];
