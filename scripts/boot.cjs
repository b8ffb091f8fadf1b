// Starts kp (copied to dist/ by the build): compiles the bundle with the V8 code cache the build
// saved beside it, so a run skips parsing and compiling the bundle. Node 20 has no compile cache
// of its own for user code. A cache that V8 rejects (another Node version) or a missing one
// costs nothing but time: the bundle is then compiled as usual.
'use strict';
const { readFileSync } = require('node:fs');
const Module = require('node:module');
const { join } = require('node:path');
const { Script } = require('node:vm');

const file = join(__dirname, 'kp.cjs');

/**
 * The function the bundle runs in: CommonJS's wrapper plus the importer below. Shared with the
 * build's scripts/code-cache.cjs, since V8 accepts a code cache only for the very same source.
 */
const wrap = (source) =>
  `(function (exports, require, module, __filename, __dirname, __kpImport) {${source}\n});`;

/** Compile the bundle (with `cachedData` when given) and run it. Returns the script. */
function run(cachedData) {
  // The build writes the bundle in ASCII: latin1 reads it straight into a one-byte string.
  const script = new Script(wrap(readFileSync(file, 'latin1')), { filename: file, cachedData });
  const bundle = { exports: {}, filename: file, id: file };
  // The bundle's import() of packages (inquirer, csv-stringify): Node's own, from beside the bundle.
  const importer = (specifier) => import(specifier);
  script.runInThisContext()(bundle.exports, Module.createRequire(file), bundle, file, __dirname, importer);
  return script;
}

/** Start kp with the saved code cache, if there is one. */
function start() {
  let cachedData;
  try {
    cachedData = readFileSync(`${file}.cache`);
  } catch {
    // No cache: compile.
  }
  run(cachedData);
}

module.exports = { file, run, start };
