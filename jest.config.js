// One Jest run, four tiers. Pure libraries run without a database; the api,
// e2e and browser tiers share one PostgreSQL server (the machine's when
// DATABASE_URL is set, else an embedded one started by test/support/global-setup.ts),
// and each test file gets its own fresh database cloned from a migrated template.
const { existsSync } = require('node:fs');

const swc = [
  '@swc/jest',
  {
    swcrc: false,
    sourceMaps: 'inline',
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: false },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];

// libs/domain's `exports` subpaths (@rapport/domain/time, …), mapped to the TypeScript
// source their `source` condition names, as vite.config.ts and the web tsconfig resolve them.
const domainSubpaths = Object.fromEntries(
  Object.entries(require('./libs/domain/package.json').exports)
    .filter(([subpath, target]) => subpath !== '.' && typeof target === 'object' && target.source)
    .map(([subpath, target]) => [`^@rapport/domain/${subpath.slice(2)}$`, `<rootDir>/libs/domain/${target.source.slice(2)}`]),
);

const shared = {
  transform: { '^.+\\.ts$': swc },
  testEnvironment: '<rootDir>/test/support/compile-cache-environment.js',
  moduleNameMapper: {
    '^@rapport/(domain|taxonomy)$': '<rootDir>/libs/$1/src',
    ...domainSubpaths,
    '^@rapport/stripe-emulator$': '<rootDir>/apps/stripe-emulator/src',
  },
  modulePathIgnorePatterns: ['<rootDir>/.*/dist/', '<rootDir>/.data/'],
};
const withDatabase = { ...shared, setupFiles: ['<rootDir>/test/support/clear-orm-metadata.ts'] };
const databaseTimeLimit = { setupFilesAfterEnv: ['<rootDir>/test/support/database-time-limit.ts'] };

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
// Pure libraries run under three host time zones to prove none leaks in.
const HOST_TIME_ZONES = ['UTC', 'America/Los_Angeles', 'Asia/Kathmandu'];
const projects = [
  ...HOST_TIME_ZONES.map((timeZone) => ({
    ...shared,
    displayName: `domain TZ=${timeZone}`,
    testMatch: ['<rootDir>/libs/*/src/**/*.spec.ts'],
    testEnvironment: '<rootDir>/test/support/timezone-environment.js',
    testEnvironmentOptions: { timeZone },
  })),
  { ...withDatabase, ...databaseTimeLimit, displayName: 'api', testMatch: ['<rootDir>/apps/api/src/**/*.spec.ts', '<rootDir>/prisma-free-schema/**/*.spec.ts'] },
  { ...withDatabase, ...databaseTimeLimit, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'] },
  // The production shape (docker-compose.yml, docker/Dockerfile) checked without a Docker engine.
  { ...shared, displayName: 'deploy', testMatch: ['<rootDir>/test/deploy/**/*.spec.ts'] },
  // The Stripe emulator needs no database: its state is a file of its own.
  { ...shared, displayName: 'stripe-emulator', testMatch: ['<rootDir>/apps/stripe-emulator/src/**/*.spec.ts'] },
];
if (existsSync(chromium)) {
  projects.push({
    ...withDatabase,
    displayName: 'browser',
    testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
    setupFilesAfterEnv: ['<rootDir>/test/browser/support/time-limit.ts', '<rootDir>/test/browser/support/close-kept-contexts.ts'],
  });
} else {
  // Said loudly rather than skipped silently: the browser tier needs a system Chromium.
  console.warn(`\n[rapport] Browser journeys NOT run: no Chromium at ${chromium}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.\n`);
}

// Two workers even on a 2-core machine (CI's): most of a test's time is spent waiting on
// PostgreSQL or Chromium, so a second worker fills it; every file has its own database and
// its own ports, so files never share state. Larger machines keep Jest's default (cores - 1).
// Workers are recycled once they hold more than 1.5 GB after a file: run in one process, the
// heap grew past 4 GB by the end and garbage collection made late files several times slower.
const { availableParallelism } = require('node:os');

module.exports = {
  maxWorkers: Math.max(2, availableParallelism() - 1),
  workerIdleMemoryLimit: '1.5GB',
  projects,
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 30000,
};
