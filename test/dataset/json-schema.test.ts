// The JSON Schema files editors use are generated from the loader's own schemas: keep them in sync.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allJsonSchemas } from '../../src/dataset/json-schema.js';
import { DATA_FILES } from '../../src/dataset/schema.js';
import { DATA, ROOT } from '../helpers.js';

describe('schema/*.schema.json', () => {
  it.each(allJsonSchemas())(
    '$file matches src/dataset/schema.ts (run `npm run schema` after changing it)',
    ({ file, json }) => {
      expect(readFileSync(join(ROOT, 'schema', file), 'utf8')).toBe(json);
    },
  );

  it.each(Object.values(DATA_FILES).map((f) => f.file))('data/%s points editors at its schema', (file) => {
    const first = readFileSync(join(DATA, file), 'utf8').split('\n')[0];
    expect(first).toBe(`# yaml-language-server: $schema=../schema/${file.replace('.yaml', '.schema.json')}`);
  });

  it('describes what a person writes: the SCB code as a quoted string', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'municipalities.schema.json'), 'utf8'));
    expect(schema.items.properties.code).toMatchObject({ type: 'string' });
    expect(schema.items.required).toEqual(['id', 'kind', 'name']);
  });
});
