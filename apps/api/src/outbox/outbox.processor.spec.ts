import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { FixedClock } from '../../../../test/support/fixed-clock';
import { createTestDatabase, TestDatabase } from '../../../../test/support/test-database';
import { buildOrmOptions } from '../database/mikro-orm.options';
import { PostgresSearchEngine } from '../matching/search/postgres-search-engine';
import { SearchIndexSync } from '../matching/search/search-index-sync';
import { OutboxEvent } from './outbox-event.entity';
import { OutboxHandlers } from './outbox-handlers';
import { OutboxService } from './outbox.service';
import { OutboxProcessor, retryDelayMs } from './outbox.processor';
import { THERAPIST_CHANGED } from './outbox-topics';
import { addDuration } from '@rapport/domain';

const START = new Date('2026-11-25T12:00:00Z');
let database: TestDatabase;
let orm: MikroORM;
let clock: FixedClock;

beforeAll(async () => {
  database = await createTestDatabase();
  orm = await MikroORM.init(buildOrmOptions(database.url));
});
beforeEach(async () => {
  clock = new FixedClock(START);
  await orm.em.fork().nativeDelete(OutboxEvent, {});
});
afterAll(async () => {
  await orm?.close(true);
  await database?.drop();
});

async function enqueue(therapistIds: string[]): Promise<void> {
  const outbox = new OutboxService(clock);
  await orm.em.fork().transactional(async (em) => {
    for (const therapistId of therapistIds) outbox.enqueue(em, THERAPIST_CHANGED, { therapistId });
  });
}

function recordingHandlers(handle: (ids: string[]) => Promise<void> = async () => undefined) {
  const delivered: string[][] = [];
  const handlers = new OutboxHandlers();
  handlers.register(THERAPIST_CHANGED, async (payloads) => {
    const ids = payloads.map((payload) => payload.therapistId);
    delivered.push(ids);
    await handle(ids);
  });
  return { handlers, delivered };
}

// Events of one transaction share a creation time: order by payload to compare.
const rows = async () =>
  (await orm.em.fork().find(OutboxEvent, {})).sort((a, b) => JSON.stringify(a.payload).localeCompare(JSON.stringify(b.payload)));

describe('OutboxService.enqueue', () => {
  it('commits with the caller’s transaction and disappears with its rollback', async () => {
    const outbox = new OutboxService(clock);
    await expect(
      orm.em.fork().transactional(async (em) => {
        outbox.enqueue(em, THERAPIST_CHANGED, { therapistId: 'rolled-back' });
        await em.flush();
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await enqueue(['kept']);
    expect((await rows()).map((row) => ({ topic: row.topic, payload: row.payload, attempts: row.attempts, processedAt: row.processedAt }))).toEqual([
      { topic: 'therapist.changed', payload: { therapistId: 'kept' }, attempts: 0, processedAt: null },
    ]);
  });
});

describe('OutboxProcessor', () => {
  it('delivers due events in batches, oldest first, and marks them processed', async () => {
    const ids = Array.from({ length: 5 }, (_, i) => `t${i}`);
    for (const id of ids) {
      await enqueue([id]);
      clock.set(new Date(clock.now().getTime() + 1_000));
    }
    const { handlers, delivered } = recordingHandlers();
    expect(await new OutboxProcessor(orm, clock, handlers).drain(2)).toEqual({ claimed: 5, delivered: 5, failed: 0 });
    expect(delivered).toEqual([['t0', 't1'], ['t2', 't3'], ['t4']]);
    expect((await rows()).every((row) => row.processedAt?.getTime() === clock.now().getTime())).toBe(true);
    expect(await new OutboxProcessor(orm, clock, handlers).drain()).toEqual({ claimed: 0, delivered: 0, failed: 0 });
  });

  it('leaves topics it has no handler for to replicas that do', async () => {
    await orm.em.fork().getConnection().execute(
      `insert into outbox_events (id, topic, payload, created_at, available_at, attempts) values (?, 'reminder.due', '{"bookingId":"b1"}', ?, ?, 0)`,
      [randomUUID(), START, START],
    );
    await enqueue(['t1']);
    const { handlers, delivered } = recordingHandlers();
    await new OutboxProcessor(orm, clock, handlers).drain();
    expect(delivered).toEqual([['t1']]);
    expect((await rows()).map((row) => [row.topic, row.processedAt === null])).toEqual([['reminder.due', true], ['therapist.changed', false]]);
  });

  it('retries a failed batch with exponential backoff, keeping the error', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    await enqueue(['t1']);
    let failing = true;
    const { handlers, delivered } = recordingHandlers(async () => {
      if (failing) throw new Error('search engine unreachable');
    });
    const processor = new OutboxProcessor(orm, clock, handlers);

    expect(await processor.drain()).toEqual({ claimed: 1, delivered: 0, failed: 1 });
    let [event] = await rows();
    expect(event).toMatchObject({ attempts: 1, lastError: 'search engine unreachable', processedAt: null });
    expect(event.availableAt.getTime() - START.getTime()).toBe(2_000);

    expect(await processor.drain()).toMatchObject({ claimed: 0 }); // not due yet
    clock.set(new Date(START.getTime() + 2_000));
    expect(await processor.drain()).toMatchObject({ claimed: 1, failed: 1 });
    [event] = await rows();
    expect(event.attempts).toBe(2);
    expect(event.availableAt.getTime() - clock.now().getTime()).toBe(4_000);

    failing = false;
    clock.set(new Date(clock.now().getTime() + 4_000));
    expect(await processor.drain()).toMatchObject({ claimed: 1, delivered: 1 });
    [event] = await rows();
    expect(event).toMatchObject({ attempts: 2, lastError: 'search engine unreachable' });
    expect(event.processedAt).not.toBeNull();
    expect(delivered).toHaveLength(3);
    expect(warn).toHaveBeenCalledWith('outbox: 1 therapist.changed event(s) failed, will retry: search engine unreachable');
    warn.mockRestore();
  });

  it('hands each event to exactly one of several concurrent processors (FOR UPDATE SKIP LOCKED)', async () => {
    const ids = Array.from({ length: 40 }, (_, i) => `t${String(i).padStart(2, '0')}`);
    await enqueue(ids);
    const seen: string[] = [];
    const slowly = async (batch: string[]) => {
      seen.push(...batch);
      await new Promise((resolve) => setTimeout(resolve, 30));
    };
    const processors = [1, 2, 3].map(() => new OutboxProcessor(orm, clock, recordingHandlers(slowly).handlers));
    const outcomes = await Promise.all(processors.map((processor) => processor.drain(5)));

    expect([...seen].sort()).toEqual(ids);
    expect(outcomes.reduce((sum, outcome) => sum + outcome.delivered, 0)).toBe(40);
    expect(outcomes.filter((outcome) => outcome.claimed > 0).length).toBeGreaterThan(1);
    expect((await rows()).every((row) => row.processedAt !== null)).toBe(true);
  });

  it('drain waits for due events another processor has claimed, and returns once they are delivered', async () => {
    await enqueue(['held']);
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let claimed!: () => void;
    const claimedByOther = new Promise<void>((resolve) => (claimed = resolve));
    // Another replica's poller: it claims the event (its transaction holds the row lock) and takes its time.
    const other = new OutboxProcessor(orm, clock, recordingHandlers(async () => {
      claimed();
      await released;
    }).handlers);
    const otherRun = other.processBatch();
    await claimedByOther;

    const { handlers, delivered } = recordingHandlers();
    let drained = false;
    const draining = new OutboxProcessor(orm, clock, handlers).drain().then((outcome) => {
      drained = true;
      return outcome;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(drained).toBe(false);
    release();
    await otherRun;
    expect(await draining).toEqual({ claimed: 0, delivered: 0, failed: 0 });
    expect(delivered).toEqual([]);
    expect((await rows()).map((row) => row.processedAt)).toEqual([expect.any(Date)]);
  });

  it('with the Postgres engine, marks therapist changes processed (its sync reads the database, nothing to push)', async () => {
    await enqueue([randomUUID(), randomUUID()]);
    const handlers = new OutboxHandlers();
    const engine = new PostgresSearchEngine(orm.em.fork(), clock);
    const sync = jest.spyOn(engine, 'sync');
    new SearchIndexSync(handlers, engine).onModuleInit();
    expect(await new OutboxProcessor(orm, clock, handlers).drain()).toEqual({ claimed: 2, delivered: 2, failed: 0 });
    expect(sync).toHaveBeenCalledTimes(1);
    expect((await rows()).every((row) => row.processedAt !== null)).toBe(true);
  });

  it('prunes events processed more than a week ago, at most hourly', async () => {
    await enqueue(['1-old', '2-recent', '3-pending']);
    const [old, recent] = await rows();
    const em = orm.em.fork();
    await em.nativeUpdate(OutboxEvent, { id: old.id }, { processedAt: addDuration(START, { days: -8 }) });
    await em.nativeUpdate(OutboxEvent, { id: recent.id }, { processedAt: addDuration(START, { days: -1 }) });
    const processor = new OutboxProcessor(orm, clock, new OutboxHandlers());
    expect(await processor.pruneIfDue()).toBe(1);
    expect((await rows()).map((row) => row.payload.therapistId)).toEqual(['2-recent', '3-pending']);
    expect(await processor.pruneIfDue()).toBe(0);
  });

  it('starts polling on bootstrap and stops, waiting for the batch in flight, on shutdown', async () => {
    await enqueue(['t1']);
    let finished = false;
    const { handlers } = recordingHandlers(async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      finished = true;
    });
    const processor = new OutboxProcessor(orm, clock, handlers);
    processor.onApplicationBootstrap();
    await new Promise((resolve) => setTimeout(resolve, 10));
    await processor.onModuleDestroy();
    expect(finished).toBe(true);
    expect((await rows())[0].processedAt).not.toBeNull();
  });
});

describe('retryDelayMs', () => {
  it.each([
    [1, 2_000],
    [2, 4_000],
    [3, 8_000],
    [8, 256_000],
    [9, 512_000],
    [10, 600_000],
    [50, 600_000],
  ])('after %i failure(s) waits %i ms', (attempts, delay) => {
    expect(retryDelayMs(attempts)).toBe(delay);
  });
});
