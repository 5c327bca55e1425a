'use strict';
// A fresh database for one benchmark run: on the server DATABASE_URL names, else
// on an embedded PostgreSQL server of the run's own. Always removed afterwards.
const { chmodSync, existsSync, mkdirSync, readdirSync, rmSync } = require('node:fs');
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

/** Stops and deletes embedded servers left behind by bench runs that were killed. */
async function sweepKilledRuns(dataRoot, embedded) {
  if (!existsSync(dataRoot)) return;
  for (const entry of readdirSync(dataRoot)) {
    const match = /^bench-(\d+)$/.exec(entry);
    if (!match || Number(match[1]) === process.pid || embedded.isAlive(Number(match[1]))) continue;
    await embedded.stopOrphanedServer(join(dataRoot, entry, 'pgdata'), () => undefined);
    rmSync(join(dataRoot, entry), { recursive: true, force: true });
  }
}

async function startEmbeddedServer(log) {
  const embedded = require(join(API_DIST, 'database/embedded-postgres.js'));
  const dataRoot = join(REPO_ROOT, '.data');
  await sweepKilledRuns(dataRoot, embedded);
  const runDir = join(dataRoot, `bench-${process.pid}`);
  // As root, PostgreSQL runs as the `postgres` user, which must be able to reach its data dir.
  mkdirSync(runDir, { recursive: true, mode: 0o755 });
  chmodSync(runDir, 0o755);
  const removeRunDir = () => rmSync(runDir, { recursive: true, force: true });
  try {
    const port = await freePort();
    const server = await embedded.startEmbeddedPostgres({ dataDir: join(runDir, 'pgdata'), port, log });
    let stopped;
    return {
      serverUrl: server.url,
      embedded: true,
      where: `embedded, ${runDir.slice(REPO_ROOT.length + 1)}, port ${port}`,
      // Called from the normal path and from an interrupt; stops once.
      stop: () => (stopped ??= server.stop().finally(removeRunDir)),
    };
  } catch (error) {
    removeRunDir();
    throw error;
  }
}

/** Creates rapport_bench_<pid>; `drop()` removes it (with the whole embedded server, if any). */
async function provisionDatabase({ log }) {
  const server = process.env.DATABASE_URL
    ? { serverUrl: process.env.DATABASE_URL, embedded: false, where: 'DATABASE_URL', stop: async () => undefined }
    : await startEmbeddedServer(log);
  const name = `rapport_bench_${process.pid}`;
  try {
    const version = await withClient(server.serverUrl, async (client) => {
      await client.query(`drop database if exists "${name}" with (force)`);
      await client.query(`create database "${name}"`);
      return (await client.query(`select current_setting('server_version') as version`)).rows[0].version;
    });
    return {
      url: databaseUrl(server.serverUrl, name),
      description: `PostgreSQL ${version.split(' ')[0]} (${server.where}), database ${name}`,
      // An embedded server goes with its data dir, so only a shared server needs the DROP.
      drop: async () => {
        try {
          if (!server.embedded) await withClient(server.serverUrl, (client) => client.query(`drop database if exists "${name}" with (force)`));
        } finally {
          await server.stop();
        }
      },
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

module.exports = { REPO_ROOT, API_DIST, freePort, withClient, provisionDatabase };
