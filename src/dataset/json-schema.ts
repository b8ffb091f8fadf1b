// JSON Schema for each data file, from the same zod schemas the loader uses, so editors
// (VS Code's YAML extension, via the `# yaml-language-server: $schema=` line) check while people type.
import { z } from 'zod';
import { DATA_FILES, type DataFileKey } from './schema.js';

export function jsonSchemaFor(key: DataFileKey): Record<string, unknown> {
  const { file, schema } = DATA_FILES[key];
  // io: 'input' describes what a person writes: fields with defaults are optional.
  const item = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' });
  const { $schema, ...rest } = item as Record<string, unknown>;
  return {
    $schema,
    $id: `https://github.com/kp/schema/${file.replace('.yaml', '.schema.json')}`,
    title: `kp ${file}`,
    description: `A list of records for data/${file}. Generated from src/dataset/schema.ts by npm run schema; do not edit.`,
    type: 'array',
    items: rest,
  };
}

export function allJsonSchemas(): Array<{ file: string; json: string }> {
  return (Object.keys(DATA_FILES) as DataFileKey[]).map((key) => ({
    file: DATA_FILES[key].file.replace('.yaml', '.schema.json'),
    json: `${JSON.stringify(jsonSchemaFor(key), null, 2)}\n`,
  }));
}
