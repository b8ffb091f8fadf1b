// Reading ../shared/reference: its TSV files, and the folding and slugs both import scripts use.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Rows of a TSV file as objects by header; lines starting with # are the sources' comments. */
export function readTsv(dir, name) {
  const lines = readFileSync(join(dir, name), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'));
  const header = lines[0].split('\t');
  return lines.slice(1).map((l) => {
    const cells = l.split('\t');
    return Object.fromEntries(header.map((h, i) => [h, (cells[i] ?? '').trim()]));
  });
}

/** Without diacritics (and the letters NFD does not split). */
export const fold = (s) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/ø/g, 'o')
    .replace(/ð/g, 'd');

/** A record id from a name: lower-case ASCII words joined by hyphens. */
export const slug = (s) =>
  fold(s)
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
