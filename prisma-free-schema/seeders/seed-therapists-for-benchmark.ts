// Seeds N demo therapists (with their calendars) into a migrated database for
// benchmarks (search, matching, slots) and reports the insert rate. Used by the
// CLI in seed-therapists-cli.ts and by bench/seed.
import { MikroORM } from '@mikro-orm/postgresql';
import { performance } from 'node:perf_hooks';
import { buildOrmOptions } from '../../apps/api/src/database/mikro-orm.options';
import { utcDateOf } from '@rapport/domain';
import { DEMO_ACCOUNTS } from './demo-accounts';
import { DEFAULT_SEED_CONCURRENCY, seedDemoTherapists, type SeedDemoTherapistsResult } from './seed-demo-therapists';

export interface BenchmarkSeedOptions {
  /** 'YYYY-MM-DD'; defaults to today (UTC). */
  today?: string;
  seed?: number;
  batchSize?: number;
  /** Batches written at once, one connection each (default 2). */
  concurrency?: number;
}

export interface BenchmarkSeedResult extends SeedDemoTherapistsResult {
  firstNumber: number;
  seconds: number;
  rowsPerSecond: number;
}

/**
 * Appends `count` demo therapists after any already in the database
 * (therapist-NNNNN numbering continues), reviewed by the demo admin when
 * present, else by a seed reviewer account.
 */
export async function seedTherapistsForBenchmark(
  databaseUrl: string,
  count: number,
  onProgress?: (done: number, total: number) => void,
  options: BenchmarkSeedOptions = {},
): Promise<BenchmarkSeedResult> {
  const concurrency = options.concurrency ?? DEFAULT_SEED_CONCURRENCY;
  const orm = await MikroORM.init(buildOrmOptions(databaseUrl, { pool: { min: 0, max: Math.max(2, concurrency) } }));
  try {
    const em = orm.em.fork();
    const [schema] = await em.execute<{ migrated: boolean }[]>(`select to_regclass('public.licenses') is not null as migrated`);
    if (!schema.migrated) throw new Error('This database has no Rapport schema: run `npm run db:migrate` against it first.');
    const [existing] = await em.execute<{ last: number }[]>(
      `select coalesce(max(substring(email from '^therapist-([0-9]+)@demo[.]rapport[.]test$')::int), 0) as last
         from users where email like 'therapist-%@demo.rapport.test'`,
    );
    const [admin] = await em.execute<{ id: string }[]>(`select id from users where email = ? and role = 'ADMIN'`, [
      DEMO_ACCOUNTS.admin.email,
    ]);

    const firstNumber = existing.last + 1;
    const startedAt = performance.now();
    const result = await seedDemoTherapists(em, {
      count,
      firstNumber,
      today: options.today ?? utcDateOf(new Date()),
      seed: options.seed,
      batchSize: options.batchSize,
      concurrency,
      adminUserId: admin?.id ?? null,
      onProgress,
    });
    const seconds = (performance.now() - startedAt) / 1000;
    return { ...result, firstNumber, seconds, rowsPerSecond: result.rows / seconds };
  } finally {
    await orm.close(true);
  }
}

/** `[#####.....] 45,000/100,000 12.3 s` */
export function formatProgressBar(done: number, total: number, elapsedMs: number, width = 30): string {
  const filled = total === 0 ? width : Math.round((done / total) * width);
  const bar = '#'.repeat(filled) + '.'.repeat(width - filled);
  return `[${bar}] ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} ${(elapsedMs / 1000).toFixed(1)} s`;
}

const USAGE =
  'usage: DATABASE_URL=postgres://… seed-therapists [--count 10000] [--batch-size 2000] [--concurrency 2] [--today YYYY-MM-DD] [--seed N]';

/** The CLI: parses flags, draws the progress bar on stderr, prints the figures on stdout. Returns the exit code. */
export async function runSeedTherapistsCli(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const flags = parseFlags(argv);
  const databaseUrl = env.DATABASE_URL;
  if (flags.help !== undefined || !databaseUrl) {
    process.stderr.write(`${databaseUrl ? '' : 'DATABASE_URL is required (a migrated database).\n'}${USAGE}\n`);
    return flags.help !== undefined ? 0 : 2;
  }
  const count = wholeNumber(flags.count ?? '10000');
  const batchSize = flags['batch-size'] === undefined ? undefined : wholeNumber(flags['batch-size']);
  const seed = flags.seed === undefined ? undefined : wholeNumber(flags.seed);
  const concurrency = flags.concurrency === undefined ? undefined : wholeNumber(flags.concurrency);
  const badConcurrency = concurrency !== undefined && !(concurrency >= 1 && concurrency <= 16);
  if (Number.isNaN(count) || count < 1 || (batchSize !== undefined && !(batchSize >= 1)) || Number.isNaN(seed) || badConcurrency) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }

  const startedAt = performance.now();
  const draw = (done: number, total: number) => process.stderr.write(`\r${formatProgressBar(done, total, performance.now() - startedAt)}`);
  try {
    const result = await seedTherapistsForBenchmark(databaseUrl, count, draw, { today: flags.today, seed, batchSize, concurrency });
    process.stderr.write('\n');
    const last = result.firstNumber + count - 1;
    const format = (value: number) => Math.round(value).toLocaleString('en-US');
    process.stdout.write(
      `seeded ${format(count)} therapists (numbers ${format(result.firstNumber)}–${format(last)}) in ${result.seconds.toFixed(1)} s\n` +
        `rows: ${format(count)} users + ${format(count)} profiles + ${format(result.licenses)} licenses + ` +
        `${format(result.bookingSettings)} booking settings + ${format(result.weeklyRules)} weekly rules + ` +
        `${format(result.sessionTypes)} session types = ${format(result.rows)} ` +
        `(${format(result.rowsPerSecond)} rows/s, ${format(count / result.seconds)} therapists/s)\n` +
        `profiles: ${Object.entries(result.statusCounts).map(([status, total]) => `${status} ${format(total)}`).join(', ')}\n`,
    );
    return 0;
  } catch (error) {
    process.stderr.write(`\nseeding failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

function parseFlags(argv: readonly string[]): Record<string, string | undefined> {
  const flags: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(argv[i]);
    if (!match) continue;
    flags[match[1]] = match[2] ?? (argv[i + 1]?.startsWith('--') || argv[i + 1] === undefined ? '' : argv[++i]);
  }
  return flags;
}

/** "100000", "100_000" or "100,000". NaN when not a whole number. */
function wholeNumber(text: string): number {
  const cleaned = text.replace(/[_,]/g, '');
  return /^\d+$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}
