import { loadConfig } from '../config/config.schema';
import { connectDatabase, DatabaseConnection } from '../database/database-connection';

export const say = (message: string) => process.stderr.write(`[rapport] ${message}\n`);

/** Reads `--name value` pairs from argv. */
export function flags(argv = process.argv.slice(2)): Record<string, string> {
  const result: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    if (argv[i].startsWith('--')) result[argv[i].slice(2)] = argv[i + 1]?.startsWith('--') ? '' : (argv[++i] ?? '');
  }
  return result;
}

/** Runs a CLI command against DATABASE_URL or the embedded server, then stops it. */
export async function runWithDatabase(work: (database: DatabaseConnection) => Promise<void>): Promise<void> {
  let database: DatabaseConnection | undefined;
  try {
    database = await connectDatabase(loadConfig(), say);
    await work(database);
    await database.stop();
    process.exit(0);
  } catch (error) {
    say(error instanceof Error ? error.message : String(error));
    await database?.stop();
    process.exit(1);
  }
}
