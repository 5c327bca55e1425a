'use strict';
// The compiled API as `npm start` runs it, in its own process (so the bench's
// client and the server don't share an event loop), on a loopback port.
const { spawn } = require('node:child_process');
const { randomBytes } = require('node:crypto');
const { join } = require('node:path');
const { API_DIST, REPO_ROOT, freePort } = require('./database');

const READY_TIMEOUT_MS = 90_000;
/**
 * The V8 flags the API runs with for users (`npm start`, docker/Dockerfile; README, "The API's V8
 * flags"), so benches measure the same process. test/deploy/node-flags.spec.ts keeps them equal.
 */
const API_NODE_FLAGS = ['--max-semi-space-size=64'];
const STOP_TIMEOUT_MS = 10_000;

/** Keeps the last few KB of a stream for error messages. */
function tail(stream) {
  let text = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    text = (text + chunk).slice(-4000);
  });
  return () => text;
}

/**
 * Starts apps/api/dist/.../main.js on `databaseUrl`, migrating it at boot.
 * A fresh environment: nothing from the caller's (DATABASE_URL, ADMIN_*, …) leaks
 * in; `env` adds or overrides settings for one bench, `nodeArgs` flags for node (--cpu-prof).
 * Resolves once the API has also warmed its search (SEARCH_WARM_ON_START, on as `npm start` runs it:
 * "search warmed" on stderr), so no bench measures the warm-up's reads; `warm: false` resolves at
 * "ready", for a server started with SEARCH_WARM_ON_START=false.
 */
async function startApiServer({ databaseUrl, env: extraEnv = {}, nodeArgs = [], warm = true }) {
  const port = await freePort();
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    MIGRATE_ON_START: 'true',
    SEED_DEMO_DATA: 'false',
    // Request logs off: the bench measures the API, not a log pipe nobody reads.
    LOG_LEVEL: 'warn',
    AUTH_RATE_LIMIT_PER_MINUTE: '1000000',
    // Every request comes from 127.0.0.1: benches measure the API, not its rate limits (bench/flood sets its own).
    PUBLIC_QUERY_RATE_LIMIT_PER_MINUTE: '1000000',
    SIGNED_IN_QUERY_RATE_LIMIT_PER_MINUTE: '1000000',
    CALENDAR_IMPORT_RATE_LIMIT_PER_MINUTE: '1000000',
    BOOKING_RATE_LIMIT_PER_MINUTE: '1000000',
    // A throwaway key for this run's (empty) database.
    DATA_ENCRYPTION_KEYS: `bench:${randomBytes(32).toString('base64')}`,
    ...extraEnv,
  };
  const child = spawn(process.execPath, [...API_NODE_FLAGS, ...nodeArgs, join(API_DIST, 'main.js')], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const stdoutTail = tail(child.stdout);
  const stderrTail = tail(child.stderr);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));

  const readyLine = warm ? /^\[rapport\] search warmed in \d+ ms/m : /^\[rapport\] ready in \d+ ms/m;
  const ready = new Promise((resolve) => {
    child.stderr.on('data', () => {
      if (readyLine.test(stderrTail())) resolve('ready');
    });
  });
  const timeout = new Promise((resolve) => setTimeout(resolve, READY_TIMEOUT_MS, 'timeout').unref());
  const outcome = await Promise.race([ready, exited.then(() => 'exited'), timeout]);

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  };
  if (outcome !== 'ready') {
    await stop();
    throw new Error(`the API server ${outcome === 'timeout' ? 'did not get ready in time' : 'exited'}:\n${stderrTail()}${stdoutTail()}`);
  }
  return { baseUrl: `http://127.0.0.1:${port}`, pid: child.pid, stop };
}

module.exports = { API_NODE_FLAGS, startApiServer };
