'use strict';
// The real application in this process (so the bench can reach its
// EntityManager: the engine baseline and the statement counter need it),
// listening on a random loopback port.
require('reflect-metadata');
const { randomBytes } = require('node:crypto');
const { join } = require('node:path');
const { EntityManager } = require('@mikro-orm/postgresql');
const { wasInterrupted } = require('../support/cleanup');
const { API_DIST } = require('../support/database');

/**
 * Nest exits the process when the module graph fails to build (abortOnError,
 * which createApp leaves on): made an error here so the caller still drops the
 * database and stops the embedded server. An interrupt's own exit goes through.
 */
async function withoutNestExit(work) {
  const exit = process.exit;
  process.exit = (code) => {
    if (wasInterrupted()) return exit.call(process, code);
    throw new Error(`the app did not start (Nest would have exited with code ${code}); its error is printed above`);
  };
  try {
    return await work();
  } finally {
    process.exit = exit;
  }
}

async function startApp({ databaseUrl, env = {} }) {
  const { createApp } = require(join(API_DIST, 'bootstrap.js'));
  const { loadConfig } = require(join(API_DIST, 'config/config.schema.js'));
  const config = loadConfig({
    NODE_ENV: 'production',
    // Request logs off: the bench measures the API, not a log pipe nobody reads.
    LOG_LEVEL: 'silent',
    DATABASE_URL: databaseUrl,
    // A throwaway key for this run's database (the intake is stored encrypted).
    DATA_ENCRYPTION_KEYS: `bench:${randomBytes(32).toString('base64')}`,
    AUTH_RATE_LIMIT_PER_MINUTE: '100000',
    // Every request comes from 127.0.0.1: this bench measures search, not its rate limit.
    PUBLIC_QUERY_RATE_LIMIT_PER_MINUTE: '1000000',
    SIGNED_IN_QUERY_RATE_LIMIT_PER_MINUTE: '1000000',
    ...env,
  });
  const app = await withoutNestExit(() => createApp({ config, databaseUrl }));
  let closed;
  const close = () => (closed ??= app.close());
  try {
    await app.listen(0, '127.0.0.1');
  } catch (error) {
    await close();
    throw error;
  }
  const { port } = app.getHttpServer().address();
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    entityManager: () => app.get(EntityManager),
    /** Every therapist's availability summary (what the daily roll and the outbox keep current in production). */
    refreshSummaries: () => app.get(require(join(API_DIST, 'matching/search/search-projection.js')).SearchProjection).refreshAvailability(),
    close,
  };
}

module.exports = { startApp };
