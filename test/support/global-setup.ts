import { MetadataStorage } from '@mikro-orm/core';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../apps/api/src/database/embedded-postgres';
import { migrate } from '../../apps/api/src/database/database-connection';

/**
 * One PostgreSQL server for the whole run: the one DATABASE_URL names, else an
 * embedded server. Migrations are applied once to a template database; each
 * test file then clones it (CREATE DATABASE … TEMPLATE), which takes milliseconds.
 */
export default async function globalSetup(): Promise<void> {
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const server = await startEmbeddedPostgres({
      dataDir: '.data/test-postgres',
      port: Number(process.env.TEST_EMBEDDED_PG_PORT ?? 54339),
    });
    (globalThis as { __rapportEmbedded?: { stop(): Promise<void> } }).__rapportEmbedded = server;
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
