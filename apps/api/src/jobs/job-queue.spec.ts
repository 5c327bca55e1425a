import { INestApplicationContext, Injectable, Module, OnModuleInit } from '@nestjs/common';
import { Client } from 'pg';
import { addDuration } from '@rapport/domain';
import { FixedClock } from '../../../../test/support/fixed-clock';
import { startModuleContext } from '../../../../test/support/module-context';
import { createTestDatabase, TestDatabase } from '../../../../test/support/test-database';
import { waitUntil } from '../../../../test/support/wait-until';
import { Clock } from '../common/clock';
import { JobHandlers } from './job-handlers';
import { JobName } from './job-names';
import { JOBS_SCHEMA, JobQueue } from './job-queue';
import { JobsModule } from './jobs.module';

// Test-only job names: the queue treats every name alike.
const ECHO = 'test.echo' as JobName;
const FLAKY = 'test.flaky' as JobName;

interface Run {
  id: string;
  data: unknown;
  at: number;
  replica: string;
}

let database: TestDatabase;
// The app's clock is pinned days away from the machine's: start times must be read against it, not against PostgreSQL's now().
const PINNED = new Date('2026-11-25T12:00:00Z');
const contexts: INestApplicationContext[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await database?.drop();
});

/** One API replica's worth of the job queue, with handlers that record what ran where. */
async function startReplica(replica: string, options: { clock?: Clock; handle?: (data: unknown) => Promise<void> } = {}) {
  const runs: Run[] = [];
  @Injectable()
  class RecordingHandlers implements OnModuleInit {
    constructor(private readonly handlers: JobHandlers) {}
    onModuleInit(): void {
      this.handlers.register(ECHO, async (data, job) => {
        await options.handle?.(data);
        runs.push({ id: job.id, data, at: Date.now(), replica });
      });
      let attempts = 0;
      this.handlers.register(
        FLAKY,
        async (data, job) => {
          attempts += 1;
          if (attempts === 1) throw new Error('the first attempt fails');
          runs.push({ id: job.id, data, at: Date.now(), replica });
        },
        { retryDelaySeconds: 1 },
      );
    }
  }
  @Module({ imports: [JobsModule], providers: [RecordingHandlers] })
  class Feature {}
  const context = await startModuleContext({ databaseUrl: database.url, imports: [Feature], clock: options.clock ?? new FixedClock(PINNED) });
  contexts.push(context);
  return {
    queue: context.get(JobQueue),
    runs,
    close: async () => {
      await context.close();
      contexts.splice(contexts.indexOf(context), 1);
    },
  };
}

async function waitFor(condition: () => boolean | Promise<boolean>): Promise<void> {
  if (!(await waitUntil(condition, (met) => met))) throw new Error('timed out waiting');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

it('runs a job scheduled in the future only once its time (on the app clock) has come', async () => {
  const clock = new FixedClock(PINNED);
  const replica = await startReplica('a', { clock });
  const sentAt = Date.now();
  const id = await replica.queue.send(ECHO, { n: 1 } as never, { startAfter: addDuration(clock.now(), { seconds: 2 }) });
  expect(id).toEqual(expect.any(String));
  await sleep(1_000);
  expect(replica.runs).toEqual([]);
  expect(await replica.queue.stateOf(ECHO, id!)).toBe('created');
  await waitFor(() => replica.runs.length === 1);
  expect(replica.runs[0]).toMatchObject({ id, data: { n: 1 } });
  expect(replica.runs[0].at - sentAt).toBeGreaterThanOrEqual(2_000);
  await waitFor(async () => (await replica.queue.stateOf(ECHO, id!)) === 'completed');
  await replica.close();
});

it('while idle, asks which of its job names have a job due in one statement an interval, and fetches none', async () => {
  const replica = await startReplica('idle');
  const db = (replica.queue as unknown as { boss: { getDb: () => { executeSql: (text: string, values?: unknown[]) => Promise<unknown> } } }).boss.getDb();
  const executeSql = db.executeSql;
  const sent: string[] = [];
  db.executeSql = function (this: unknown, text: string, values?: unknown[]) {
    sent.push(text);
    return executeSql.call(this, text, values);
  };
  const looks = () => sent.filter((text) => text.includes('select distinct name'));
  const fetches = () => sent.filter((text) => text.includes('SKIP LOCKED'));
  try {
    // Nothing due: three looks, at module-context's JOBS_POLL_INTERVAL_SECONDS (0.5 s).
    const started = Date.now();
    await waitFor(() => looks().length >= 3 || fetches().length > 0);
    const elapsed = Date.now() - started;
    // Each worker fetched its own name every interval until one statement asked for all of them.
    expect(fetches()).toEqual([]);
    // At most one look an interval (the first may come at once).
    expect(looks().length).toBeLessThanOrEqual(Math.floor(elapsed / 500) + 1);
    // A job sent now is still found and run by the next look.
    const id = await replica.queue.send(ECHO, { n: 12 } as never);
    await waitFor(() => replica.runs.length === 1);
    expect(replica.runs[0]).toMatchObject({ id, data: { n: 12 } });
  } finally {
    db.executeSql = executeSql;
    await replica.close();
  }
});

it('keeps a waiting job across a restart and runs it on the next start', async () => {
  const first = await startReplica('before-restart');
  const id = await first.queue.send(ECHO, { n: 2 } as never, { startAfter: addDuration(PINNED, { seconds: 1 }) });
  await first.close();
  await sleep(1_500);
  expect(first.runs).toEqual([]);

  const second = await startReplica('after-restart');
  await waitFor(() => second.runs.length === 1);
  expect(second.runs[0]).toMatchObject({ id, data: { n: 2 }, replica: 'after-restart' });
  await second.close();
});

it('runs each job once when two replicas share the database', async () => {
  const handle = async () => {
    await sleep(30);
  };
  const [a, b] = await Promise.all([startReplica('a', { handle }), startReplica('b', { handle })]);
  const ids = await Promise.all(Array.from({ length: 16 }, (_, n) => a.queue.send(ECHO, { n } as never)));
  await waitFor(() => a.runs.length + b.runs.length >= ids.length);
  await sleep(1_500); // a duplicate would show up within a few polls
  const ran = [...a.runs, ...b.runs].map((run) => run.id).sort();
  expect(ran).toEqual([...ids].sort());
  // Both replicas took part (each polls every 0.5 s and takes one job at a time).
  expect(a.runs.length).toBeGreaterThan(0);
  expect(b.runs.length).toBeGreaterThan(0);
  await Promise.all([a.close(), b.close()]);
});

it('keeps one waiting job per singleton key; schedule replaces it and cancel removes it', async () => {
  const replica = await startReplica('a');
  const later = addDuration(PINNED, { hours: 1 });
  const first = await replica.queue.send(ECHO, { version: 1 } as never, { singletonKey: 'booking-1:reminder', startAfter: later });
  expect(first).toEqual(expect.any(String));
  expect(await replica.queue.send(ECHO, { version: 2 } as never, { singletonKey: 'booking-1:reminder', startAfter: later })).toBeNull();
  // Another key, and unkeyed jobs, are not affected.
  expect(await replica.queue.send(ECHO, { version: 1 } as never, { singletonKey: 'booking-2:reminder', startAfter: later })).toEqual(expect.any(String));

  // Rescheduled: the waiting job is cancelled and the new one runs at its own time.
  const moved = await replica.queue.schedule(ECHO, 'booking-1:reminder', addDuration(PINNED, { seconds: 1 }), { version: 3 } as never);
  expect(await replica.queue.stateOf(ECHO, first!)).toBe('cancelled');
  await waitFor(() => replica.runs.length === 1);
  expect(replica.runs).toEqual([expect.objectContaining({ id: moved, data: { version: 3 } })]);

  expect(await replica.queue.cancel(ECHO, 'booking-2:reminder')).toBe(1);
  expect(await replica.queue.cancel(ECHO, 'booking-2:reminder')).toBe(0);
  expect(await replica.queue.drain(ECHO, { includeFuture: true })).toEqual({ ran: 0, failed: 0 });
  expect(replica.runs).toHaveLength(1);
  await replica.close();
});

it('drain runs jobs at once, even future ones when asked (tests with a pinned clock)', async () => {
  const replica = await startReplica('a');
  const id = await replica.queue.send(ECHO, { n: 5 } as never, { startAfter: addDuration(PINNED, { days: 1 }) });
  expect(await replica.queue.drain(ECHO)).toEqual({ ran: 0, failed: 0 });
  expect(await replica.queue.drain(ECHO, { includeFuture: true })).toEqual({ ran: 1, failed: 0 });
  expect(replica.runs).toEqual([expect.objectContaining({ id, data: { n: 5 } })]);
  expect(await replica.queue.stateOf(ECHO, id!)).toBe('completed');
  await replica.close();
});

it('drain waits for a job another worker is claiming, not only for one it is running', async () => {
  const replica = await startReplica('a');
  const id = await replica.queue.send(ECHO, { n: 11 } as never);
  // Another worker's fetch in flight: it has locked the row (its SKIP LOCKED passes the row over for
  // everyone else) and not yet committed the row as active.
  const claimer = new Client({ connectionString: database.url });
  await claimer.connect();
  try {
    await claimer.query('begin');
    const { rowCount } = await claimer.query(`select 1 from ${JOBS_SCHEMA}.job where name = $1 and id = $2 for update`, [ECHO, id]);
    expect(rowCount).toBe(1);
    let drained = false;
    const draining = replica.queue.drain(ECHO).then((outcome) => {
      drained = true;
      return outcome;
    });
    await sleep(300);
    expect(drained).toBe(false);
    // The claim comes to nothing (its transaction ends): the job is free again, and drain runs it.
    await claimer.query('rollback');
    const outcome = await draining;
    expect(replica.runs).toEqual([expect.objectContaining({ id, data: { n: 11 } })]);
    // This replica's own worker may have taken it first; drain waited for that run either way.
    expect(outcome.ran).toBeLessThanOrEqual(1);
  } finally {
    await claimer.end();
    await replica.close();
  }
});

it('lets a running job finish when the replica shuts down', async () => {
  let started = false;
  const replica = await startReplica('a', {
    handle: async () => {
      started = true;
      await sleep(1_500);
    },
  });
  const id = await replica.queue.send(ECHO, { n: 7 } as never);
  await waitFor(() => started);
  await replica.close();
  expect(replica.runs).toEqual([expect.objectContaining({ id, data: { n: 7 } })]);
  const after = await startReplica('b');
  expect(await after.queue.stateOf(ECHO, id!)).toBe('completed');
  await after.close();
});

it('retries a job whose handler throws', async () => {
  const replica = await startReplica('a');
  const id = await replica.queue.send(FLAKY, { n: 6 } as never);
  await waitFor(() => replica.runs.length === 1);
  expect(replica.runs[0]).toMatchObject({ id, data: { n: 6 } });
  const job = await (replica.queue as unknown as { boss: { getJobById: (n: string, i: string) => Promise<{ retryCount: number }> } }).boss.getJobById(FLAKY, id!);
  expect(job.retryCount).toBe(1);
  await replica.close();
});

it('counts a job waiting to retry as waiting for its key', async () => {
  const replica = await startReplica('a');
  // FLAKY's first run throws: the job then waits a second to retry.
  const first = await replica.queue.send(FLAKY, { n: 8 } as never, { singletonKey: 'flaky-key' });
  expect(await replica.queue.drain(FLAKY)).toEqual({ ran: 1, failed: 1 });
  expect(await replica.queue.stateOf(FLAKY, first!)).toBe('retry');
  expect(await replica.queue.send(FLAKY, { n: 9 } as never, { singletonKey: 'flaky-key' })).toBeNull();
  await waitFor(() => replica.runs.length === 1);
  expect(replica.runs[0]).toMatchObject({ id: first, data: { n: 8 } });
  // Once it has run, the key is free again.
  expect(await replica.queue.send(FLAKY, { n: 10 } as never, { singletonKey: 'flaky-key' })).toEqual(expect.any(String));
  await replica.close();
});
