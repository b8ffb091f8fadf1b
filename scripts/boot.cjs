// Starts kp (copied to dist/ by the build): compiles the bundle with the V8 code cache the build
// saved beside it, so a run skips parsing and compiling the bundle. Node 20 has no compile cache
// of its own for user code. A cache that V8 rejects (another Node version) or a missing one
// costs nothing but time: the bundle is then compiled as usual.
'use strict';
const { readFileSync } = require('node:fs');
const Module = require('node:module');
const { join } = require('node:path');
const { constants, Script } = require('node:vm');

const file = join(__dirname, 'kp.cjs');
let cachedData;
try {
  cachedData = readFileSync(`${file}.cache`);
} catch {
  // No cache: compile.
}
const script = new Script(Module.wrap(readFileSync(file, 'utf8')), {
  filename: file,
  cachedData,
  // import() inside the bundle (inquirer, csv-stringify) goes to Node's own loader.
  importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
});
const bundle = { exports: {}, filename: file, id: file };
script.runInThisContext()(bundle.exports, Module.createRequire(file), bundle, file, __dirname);
