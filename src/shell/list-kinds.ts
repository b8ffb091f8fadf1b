// The kinds `kp list` knows, for the program's help; list.ts holds what each one lists and a
// test keeps the two equal. Here so the help needs none of list.ts at start-up.
export const LIST_KIND_NAMES = ['municipalities', 'partners', 'countries', 'themes', 'partnerships'] as const;
