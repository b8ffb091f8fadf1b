// Build step: run kp once as dist/boot.cjs does and save V8's code cache of one bundle beside it
// (dist/kp.cjs.cache or dist/kp-lazy.cjs.cache). Arguments: the bundle's file name, then a kp
// command to run (one that uses that bundle); its output is discarded by the build. For the lazy
// bundle the main one starts with its cache, as in a real run.
'use strict';
const { renameSync, rmSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const boot = require('../dist/boot.cjs');

const [name, ...args] = process.argv.slice(2);
const path = join(__dirname, '..', 'dist', name);
rmSync(`${path}.cache`, { force: true });
process.argv.splice(2, process.argv.length, ...args);
boot.start(path !== boot.file);
// At exit, after the run: the cache then holds the functions the run compiled, not only the top level.
process.on('exit', () => {
  const script = boot.scripts.get(path);
  if (!script) throw new Error(`code-cache: the run did not load ${name}`);
  writeFileSync(`${path}.cache.tmp`, script.createCachedData());
  renameSync(`${path}.cache.tmp`, `${path}.cache`);
});
