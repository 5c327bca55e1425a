import { MetadataStorage } from '@mikro-orm/core';
import { Client } from 'pg';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { isAlive, startEmbeddedPostgres, stopOrphanedServer } from '../../apps/api/src/database/embedded-postgres';
import { migrate } from '../../apps/api/src/database/database-connection';
import { fixedTestPort } from './ports';

/**
 * One PostgreSQL server for the whole run: the one DATABASE_URL names, else an
 * embedded server. Migrations are applied once to a template database; each
 * test file then clones it (CREATE DATABASE … TEMPLATE), which takes milliseconds.
 */
export default async function globalSetup(): Promise<void> {
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    // A server of this run's own (own data dir, free port), so parallel runs never meet.
    await sweepKilledRuns();
    const dataDir = `.data/test-postgres-${process.pid}`;
    const server = await startEmbeddedPostgres({ dataDir, port: await fixedTestPort() });
    (globalThis as { __rapportEmbedded?: EmbeddedRun }).__rapportEmbedded = { ...server, dataDir };
    serverUrl = server.url;
  }
  const template = `rapport_tpl_${process.pid}`;
  await withClient(serverUrl, async (client) => {
    await client.query(`drop database if exists "${template}"`);
    await client.query(`create database "${template}"`);
  });
  await migrate(databaseUrl(serverUrl, template));
  MetadataStorage.clear(); // see clear-orm-metadata.ts
  process.env.TEST_DATABASE_SERVER_URL = serverUrl;
  process.env.TEST_DATABASE_TEMPLATE = template;
}

export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export interface EmbeddedRun {
  dataDir: string;
  stop(): Promise<void>;
}


/** Stops and deletes embedded servers left by test runs that were killed. */
async function sweepKilledRuns(): Promise<void> {
  if (!existsSync('.data')) return;
  for (const entry of readdirSync('.data')) {
    const match = /^test-postgres-(\d+)$/.exec(entry);
    if (!match || isAlive(Number(match[1]))) continue;
    await stopOrphanedServer(`.data/${entry}`, () => undefined);
    rmSync(`.data/${entry}`, { recursive: true, force: true });
  }
}
