// Build step: run the bundle once as dist/boot.cjs does and save V8's code cache beside it
// (dist/kp.cjs.cache). Arguments are a kp command to run; its output is discarded by the build.
'use strict';
const { renameSync, writeFileSync } = require('node:fs');
const { file, run } = require('../dist/boot.cjs');

const script = run(undefined);
// At exit, after the run: the cache then holds the functions the run compiled, not only the top level.
process.on('exit', () => {
  writeFileSync(`${file}.cache.tmp`, script.createCachedData());
  renameSync(`${file}.cache.tmp`, `${file}.cache`);
});
