// Jest's Node environment, with each module's compiled code kept for the worker's next file.
//
// Jest gives every test file a fresh module registry and compiles every module it loads
// again with vm.compileFunction: about 3,700 modules and 1.1 s of CPU for each file that
// boots the API. V8 can start from a code cache instead of the source, so the first file
// in a worker compiles a module and keeps V8's cache of it, and later files hand that
// cache back. V8 checks the cache against the source (and its own version and flags) and
// compiles afresh when it does not match; a module whose transformed code changed is
// compiled again. Only compilation is shared: every file still runs every module's code
// in its own context, so no state passes between files.
const vm = require('node:vm');
const { TestEnvironment } = require('jest-environment-node');

const compiled = new Map(); // filename -> { code, cachedData }
const compileFunction = vm.compileFunction;

if (!compileFunction.keepsCodeCache) {
  const withCodeCache = function (code, params, options) {
    const filename = options && options.filename;
    if (!filename || options.cachedData || options.produceCachedData) return compileFunction.call(this, code, params, options);
    const kept = compiled.get(filename);
    if (kept && kept.code === code) {
      const fn = compileFunction.call(this, code, params, { ...options, cachedData: kept.cachedData });
      if (!fn.cachedDataRejected) return fn;
    }
    const fn = compileFunction.call(this, code, params, { ...options, produceCachedData: true });
    if (fn.cachedDataProduced) compiled.set(filename, { code, cachedData: fn.cachedData });
    return fn;
  };
  withCodeCache.keepsCodeCache = true;
  vm.compileFunction = withCodeCache;
}

module.exports = TestEnvironment;
module.exports.TestEnvironment = TestEnvironment;
