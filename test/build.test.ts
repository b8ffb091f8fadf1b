// The default run must not load the YAML parser or the schema library (ECOSYSTEM.md: ~75 ms of
// start-up between them): only dynamic import() may reach them. Checks the build that `npm test`
// makes before vitest runs.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const ENTRY = join(ROOT, 'dist', 'kp.js');

/** Files the entry loads before it runs: itself and its static imports, transitively. */
function staticGraph(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:from|import)\s*"(\.{1,2}\/[^"]+)"/g))
    staticGraph(join(dirname(file), m[1]!), seen);
  return seen;
}

describe.runIf(existsSync(ENTRY))('the bundle', () => {
  it.each([
    { library: 'zod', marker: 'ZodError' },
    { library: 'yaml', marker: 'LineCounter' },
  ])('does not load $library at start-up', ({ marker }) => {
    const files = [...staticGraph(ENTRY)];
    expect(files.filter((f) => readFileSync(f, 'utf8').includes(marker))).toEqual([]);
  });
});
