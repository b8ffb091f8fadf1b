// The function the bundle runs in: CommonJS's wrapper plus the importer dist/boot.cjs passes.
// One definition for boot.cjs and code-cache.cjs, since V8 accepts a code cache only for the
// very same source text.
'use strict';
exports.wrap = (source) =>
  `(function (exports, require, module, __filename, __dirname, __kpImport) {${source}\n});`;
