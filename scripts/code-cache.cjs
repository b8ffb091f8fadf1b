// Build step: run the bundle once as dist/boot.cjs does and save V8's code cache beside it
// (dist/kp.cjs.cache). Arguments are a kp command to run; its output is discarded by the build.
'use strict';
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const { join } = require('node:path');
const { Script } = require('node:vm');
const { wrap } = require('./wrap.cjs');

const dist = join(__dirname, '..', 'dist');
const file = join(dist, 'kp.cjs');
const script = new Script(wrap(readFileSync(file, 'utf8')), { filename: file });
// At exit, after the run: the cache then holds the functions the run compiled, not only the top level.
process.on('exit', () => {
  writeFileSync(`${file}.cache.tmp`, script.createCachedData());
  renameSync(`${file}.cache.tmp`, `${file}.cache`);
});
const bundle = { exports: {}, filename: file, id: file };
script.runInThisContext()(bundle.exports, Module.createRequire(file), bundle, file, dist, (s) => import(s));
