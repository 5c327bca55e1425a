import { DynamicModule, INestApplicationContext, Module, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { MikroORM } from '@mikro-orm/postgresql';
import { AppConfig, loadConfig } from '../config/config.schema';
import { CoreModule } from '../core.module';
import { connectDatabase, migrate } from '../database/database-connection';
import { inContextOfItsOwn } from '../database/request-context';

export const say = (message: string) => process.stderr.write(`[rapport] ${message}\n`);

/** Reads `--name value` pairs (and bare `--flag`s, as '') from argv. */
export function flags(argv = process.argv.slice(2)): Record<string, string> {
  const result: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    if (argv[i].startsWith('--')) result[argv[i].slice(2)] = argv[i + 1] === undefined || argv[i + 1].startsWith('--') ? '' : argv[++i];
  }
  return result;
}

export interface CliCommand {
  /** The application's own feature modules the command needs, on top of CoreModule (config, database, clock). */
  modules: (Type | DynamicModule)[];
  /** Apply pending migrations before building the services; by default only on the embedded database. */
  migrateFirst?: boolean;
  /** Resolves to the exit code (0 when it returns nothing); a throw exits 1. */
  run(context: INestApplicationContext, config: AppConfig): Promise<void | number>;
}

@Module({})
class CliModule {}

/**
 * Runs a CLI command against DATABASE_URL or the embedded server, with its
 * services built by Nest from the real modules (as the web application builds
 * them), inside a MikroORM request context; then stops everything and exits.
 */
export async function runCommand(command: CliCommand): Promise<void> {
  let stopDatabase = async () => undefined as void;
  let context: INestApplicationContext | undefined;
  try {
    const config = loadConfig();
    const database = await connectDatabase(config, say);
    stopDatabase = database.stop;
    if (command.migrateFirst ?? database.embedded) await migrate(database.url);
    context = await NestFactory.createApplicationContext(
      { module: CliModule, imports: [CoreModule.forRoot({ config, databaseUrl: database.url }), ...command.modules] },
      { logger: ['error', 'warn'] },
    );
    const orm = context.get(MikroORM);
    const exitCode = await inContextOfItsOwn(orm.em, () => command.run(context!, config));
    await context.close();
    await stopDatabase();
    process.exit(exitCode ?? 0);
  } catch (error) {
    say(error instanceof Error ? error.message : String(error));
    await context?.close().catch(() => undefined);
    await stopDatabase().catch(() => undefined);
    process.exit(1);
  }
}
