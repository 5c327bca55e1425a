// Lets a worker thread started from TypeScript sources (the test runner runs the api
// from src/, not dist/) require .ts files: compiles them with swc, as Jest does, and
// maps the workspace libraries to their sources. Never loaded by the built app.
const Module = require('node:module');
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { transformSync } = require('@swc/core');

const ROOT = join(__dirname, '../../../..');
const LIBRARIES = { '@rapport/domain': join(ROOT, 'libs/domain/src/index.ts'), '@rapport/taxonomy': join(ROOT, 'libs/taxonomy/src/index.ts') };

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolveFilename.call(this, LIBRARIES[request] ?? request, ...rest);
};

Module._extensions['.ts'] = function (module, filename) {
  const { code } = transformSync(readFileSync(filename, 'utf8'), {
    filename,
    swcrc: false,
    sourceMaps: 'inline',
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  });
  module._compile(code, filename);
};
