// npm run schema: write schema/*.schema.json from src/dataset/schema.ts (a test keeps them in sync).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allJsonSchemas } from '../src/dataset/json-schema.js';

const dir = join(import.meta.dirname, '..', 'schema');
mkdirSync(dir, { recursive: true });
for (const { file, json } of allJsonSchemas()) {
  writeFileSync(join(dir, file), json);
  console.log(`wrote schema/${file}`);
}
