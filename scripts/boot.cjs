// Starts kp (copied to dist/ by the build): compiles the bundle with the V8 code cache the build
// saved beside it, so a run skips parsing and compiling the bundle. Node 20 has no compile cache
// of its own for user code. A cache that V8 rejects (another Node version) or a missing one
// costs nothing but time: the bundle is then compiled as usual.
//
// Two bundles: dist/kp.cjs, what `kp match` needs, and dist/kp-lazy.cjs, the other commands and
// the loading of a --data directory, compiled (with its own cache) the first time the main
// bundle asks for one of its modules (`__kpLazy`); it takes the modules both use from the main
// bundle (`__kpShared`), so there is one copy of each.
'use strict';
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { Script } = require('node:vm');

const file = join(__dirname, 'kp.cjs');
const lazyFile = join(__dirname, 'kp-lazy.cjs');

/**
 * The function a bundle runs in: CommonJS's wrapper plus the functions below. The build writes
 * each bundle inside it (scripts/build.mjs), so a run compiles the file as read: wrapping it here
 * would make a second copy of 200 KB for V8 to flatten on every start.
 */
const wrap = (source) =>
  `(function (exports, require, module, __filename, __dirname, __kpImport, __kpLazy, __kpShared) {${source}\n});`;

// A bundle's import() of packages (inquirer, csv-stringify): Node's own, from beside the bundle.
const importer = (specifier) => import(specifier);

/** The compiled scripts, by file, for scripts/code-cache.cjs. */
const scripts = new Map();
let main;
let lazy;

/** Compile a bundle (with its code cache when given) and run it. Returns its module.exports. */
function load(path, cachedData) {
  // The build writes the bundle in ASCII, wrapped: latin1 reads it straight into a one-byte string.
  const script = new Script(readFileSync(path, 'latin1'), { filename: path, cachedData });
  scripts.set(path, script);
  const bundle = { exports: {}, filename: path, id: path };
  script.runInThisContext()(
    bundle.exports,
    // boot.cjs sits beside the bundles: its require resolves what theirs would. (Not
    // Module.createRequire: node:module loads parts of the ES module loader, 0.2 ms a run.)
    require,
    bundle,
    path,
    __dirname,
    importer,
    lazyModule,
    sharedModule,
  );
  return bundle.exports;
}

/** A module of the lazy bundle, by its path in src/ (the build's list); the bundle loads on first use. */
function lazyModule(id) {
  lazy ??= load(lazyFile, cacheOf(lazyFile));
  return lazy[id]();
}

/** A module of the main bundle, for the lazy bundle. */
function sharedModule(id) {
  return main.__kpShared[id];
}

/** The code cache the build saved beside a bundle, if there is one. */
function cacheOf(path) {
  try {
    return readFileSync(`${path}.cache`);
  } catch {
    return undefined; // No cache: compile.
  }
}

/** Start kp: the main bundle, with its code cache unless `withCache` is false (the build's first run). */
function start(withCache = true) {
  main = load(file, withCache ? cacheOf(file) : undefined);
}

module.exports = { file, lazyFile, scripts, start, wrap };
