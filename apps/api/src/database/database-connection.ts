import { MikroORM } from '@mikro-orm/postgresql';
import { AppConfig } from '../config/config.schema';
import { startEmbeddedPostgres } from './embedded-postgres';
import { buildOrmOptions } from './mikro-orm.options';

export interface DatabaseConnection {
  url: string;
  embedded: boolean;
  /** Stops the embedded server; a no-op for an external database. */
  stop(): Promise<void>;
}

/**
 * DATABASE_URL when set, else an embedded PostgreSQL server with data under EMBEDDED_PG_DIR.
 * `stopOnSignals: false`: the caller's SIGINT/SIGTERM handler stops the embedded server
 * itself, once the app is closed (see startEmbeddedPostgres).
 */
export async function connectDatabase(config: AppConfig, log: (message: string) => void, options: { stopOnSignals?: boolean } = {}): Promise<DatabaseConnection> {
  if (config.DATABASE_URL) {
    return { url: config.DATABASE_URL, embedded: false, stop: async () => undefined };
  }
  const server = await startEmbeddedPostgres({ dataDir: config.EMBEDDED_PG_DIR, port: config.EMBEDDED_PG_PORT, log, stopOnSignals: options.stopOnSignals });
  const url = await ensureDatabase(server.url, 'rapport');
  return { url, embedded: true, stop: server.stop };
}

/** Creates `name` on the server if missing; returns its URL. */
async function ensureDatabase(serverUrl: string, name: string): Promise<string> {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Applies pending migrations; returns the names applied. */
export async function migrate(databaseUrl: string): Promise<string[]> {
  const orm = await MikroORM.init(buildOrmOptions(databaseUrl));
  try {
    const applied = await orm.getMigrator().up();
    return applied.map((migration) => migration.name);
  } finally {
    await orm.close(true);
  }
}
