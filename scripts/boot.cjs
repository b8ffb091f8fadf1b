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
const { closeSync, fstatSync, openSync, readSync } = require('node:fs');
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

/** Compile a bundle (with its code cache, if `withCache` and there is one) and run it. Returns its module.exports. */
function load(path, withCache = true) {
  // One buffer for both files: the bundle is copied out of it into a string, then the cache is
  // read over it, so a run touches the memory of the larger file only (new memory costs a page
  // fault per 4 KB, and these are 200 and 300 KB). The build writes the bundle in ASCII, wrapped:
  // latin1 makes it a one-byte string as it is.
  const code = open(path);
  const cache = withCache ? open(`${path}.cache`) : undefined;
  const buffer = Buffer.allocUnsafeSlow(Math.max(code.size, cache?.size ?? 0));
  const source = fill(code, buffer).toString('latin1');
  // No cache (or an unreadable one): V8 compiles the bundle from its source.
  const cachedData = cache && fill(cache, buffer);
  const script = new Script(source, { filename: path, cachedData });
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
  lazy ??= load(lazyFile);
  return lazy[id]();
}

/** A module of the main bundle, for the lazy bundle. */
function sharedModule(id) {
  return main.__kpShared[id];
}

/** A file opened for reading, and its size; undefined for a code cache that is not there. */
function open(path) {
  let fd;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    if (path.endsWith('.cache')) return undefined; // No cache: compile.
    throw e;
  }
  return { fd, size: fstatSync(fd).size };
}

/** The whole of an opened file, read into the start of `buffer` (closed after). */
function fill(file, buffer) {
  try {
    let done = 0;
    while (done < file.size) {
      const n = readSync(file.fd, buffer, done, file.size - done, done);
      if (n === 0) break;
      done += n;
    }
    return buffer.subarray(0, done);
  } finally {
    closeSync(file.fd);
  }
}

/** Start kp: the main bundle, with its code cache unless `withCache` is false (the build's first run). */
function start(withCache = true) {
  main = load(file, withCache);
}

module.exports = { file, lazyFile, scripts, start, wrap };
