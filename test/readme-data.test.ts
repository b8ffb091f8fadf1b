// The README's table of data files states how many records each holds: those numbers are the
// shipped data's, so the table cannot go stale as data is added.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataDir } from '../src/dataset/load.js';
import { DATA, ROOT } from './helpers.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const raw = loadDataDir(DATA).dataset;
/** The first number in the README table row of `file`. */
const stated = (file: string) => {
  const row = readme.split('\n').find((l) => l.startsWith(`| \`${file}\``));
  return Number(/\| [^|]*\| \D*?(\d[\d,]*)/.exec(row ?? '')?.[1]?.replace(/,/g, ''));
};

describe('README data table', () => {
  it.each([
    { file: 'countries.yaml', count: () => raw.countries.length },
    { file: 'themes.yaml', count: () => raw.themes.length },
    {
      file: 'municipalities.yaml',
      count: () => raw.municipalities.filter((m) => m.kind === 'municipality').length,
    },
    { file: 'partners.yaml', count: () => raw.partners.length },
    { file: 'partnerships.yaml', count: () => raw.partnerships.length },
  ])('$file: the count it states is the data’s', ({ file, count }) => {
    expect(stated(file)).toBe(count());
  });

  it('the number of partner-seeker profiles', () => {
    const n = raw.partners.filter((p) => p.seeking).length;
    expect(readme).toContain(`\`seeking\` for the ${n} ICLD partner-seeker profiles`);
  });
});
