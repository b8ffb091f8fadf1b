// Lets the project's scripts import TypeScript from src/ directly on Node 20 (no tsx): a module
// hook that compiles .ts with esbuild and maps the ".js" specifiers of ESM TypeScript to ".ts".
import { register } from 'node:module';

register('./ts-hooks.mjs', import.meta.url);
