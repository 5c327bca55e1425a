import { constants, Script } from 'node:vm';
import type { MeilisearchModule } from '../meilisearch-client';

/**
 * Loads the real ESM-only `meilisearch` package inside a Jest test. Jest's
 * module sandbox can neither `require()` nor `import()` ESM without
 * --experimental-vm-modules, so this runs the `import()` through Node's own
 * loader (the package then lives outside Jest's registry, as in production).
 * Node prints an ExperimentalWarning for the loader constant: expected.
 */
export function loadMeilisearchOutsideJest(): Promise<MeilisearchModule> {
  const script = new Script("import('meilisearch')", { filename: __filename, importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER });
  return script.runInThisContext() as Promise<MeilisearchModule>;
}
