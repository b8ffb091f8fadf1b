// The architecture, as rules (npm run check:arch, part of npm test). Dependencies go one way:
//   cli → run → program → commands → (shell, questionnaire, output) → core
//   commands, shell → dataset → core
// A violation prints the rule's name; the comment on each rule says why it holds.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'An import loop makes start-up order and a module’s meaning depend on who loads first.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'core-only-core',
      comment: 'src/core is pure and stands alone: it imports nothing from the other folders.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { pathNot: ['^src/core/', '^node_modules/'], dependencyTypesNot: ['core'] },
    },
    {
      name: 'core-no-node-builtins',
      comment:
        'src/core does no I/O: no node: modules (fs, process, clock live in the shell). ' +
        'The one exception is core/fuzzy.ts, whose require of fuse.js on first use is node:module.',
      severity: 'error',
      from: { path: '^src/core/', pathNot: '^src/core/fuzzy\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'core-packages',
      comment: 'The only package core uses is fuse.js, behind core/fuzzy.ts.',
      severity: 'error',
      from: { path: '^src/core/', pathNot: '^src/core/fuzzy\\.ts$' },
      to: { path: '^node_modules/' },
    },
    {
      name: 'dataset-not-shell',
      comment: 'src/dataset loads and validates data for any caller: it may use core, never the CLI side.',
      severity: 'error',
      from: { path: '^src/dataset/' },
      to: { path: '^src/(commands|shell|output|questionnaire|program|run|cli)(/|\\.ts$)' },
    },
    {
      name: 'output-not-commands',
      comment: 'src/output formats what it is given; it never runs a command or reaches the shell.',
      severity: 'error',
      from: { path: '^src/output/' },
      to: { path: '^src/(commands|shell|questionnaire|program|run|cli)(/|\\.ts$)' },
    },
    {
      name: 'questionnaire-not-commands',
      comment: 'The questionnaire asks questions; the ask command runs it.',
      severity: 'error',
      from: { path: '^src/questionnaire/' },
      to: { path: '^src/(commands|program|run|cli)(/|\\.ts$)' },
    },
    {
      name: 'commands-only-from-program',
      comment: 'Only the program dispatches to commands (and kp ask shows a profile as kp show does).',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/program\\.ts$', '^src/commands/ask\\.ts$'] },
      to: { path: '^src/commands/' },
    },
    {
      name: 'commands-are-commands',
      comment:
        'src/commands holds one file per command and nothing else: a command never imports another ' +
        'command; what two commands share lives in shell/, output/ or core/. The one exception: ' +
        'kp ask offers "show a candidate", which is kp show itself.',
      severity: 'error',
      from: { path: '^src/commands/' },
      to: { path: '^src/commands/', pathNot: '^src/commands/show\\.ts$' },
    },
    {
      name: 'commands-do-not-format',
      comment:
        'A command prints what output/ renders (the tables of formats in output/formats.ts, the ' +
        'list views): it never lays out text itself with the table, Markdown, CSV, width, label ' +
        'or workbook helpers. Naming their types (Lang) is fine.',
      severity: 'error',
      from: { path: '^src/commands/' },
      to: {
        path: '^src/output/(table|markdown|csv|width|style|labels|xlsx|reasons|record-[^/]+|match-[^/]+)\\.ts$',
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'one-way-entry',
      comment: 'cli → run → program → commands: nothing below imports what starts it.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/cli\\.ts$' },
      to: { path: '^src/(cli|run)\\.ts$' },
    },
    {
      name: 'program-from-run',
      comment: 'Only run.ts builds the program.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/run\\.ts$' },
      to: { path: '^src/program\\.ts$' },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that resolves to nothing is a typo or a missing dependency.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: core must not even name the types of the other folders.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
