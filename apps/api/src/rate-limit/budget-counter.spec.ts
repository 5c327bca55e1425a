import { MikroORM } from '@mikro-orm/postgresql';
import { createTestDatabase, TestDatabase } from '../../../../test/support/test-database';
import { waitUntil } from '../../../../test/support/wait-until';
import { buildOrmOptions } from '../database/mikro-orm.options';
import { BudgetCounter } from './budget-counter';
import { PostgresThrottlerStorage } from './postgres-throttler.storage';
import { MINUTE } from './query-budget';

// Two ORMs on one database stand for two API processes: each has its own BudgetCounter.
let database: TestDatabase;
let orms: MikroORM[];
beforeAll(async () => {
  database = await createTestDatabase();
  orms = await Promise.all([0, 1].map(() => MikroORM.init(buildOrmOptions(database.url))));
});
afterAll(async () => {
  await Promise.all((orms ?? []).map((orm) => orm.close(true)));
  await database?.drop();
});

let keyNumber = 0;
/** A bucket no other test touches. */
const freshKey = () => `queries:ip:192.0.2.${++keyNumber}`;
const sql = (statement: string, params: unknown[] = []) => orms[0].em.getConnection().execute(statement, params);
const sharedHits = async (key: string): Promise<number | null> => ((await sql('select hits from rate_limit_buckets where key = ?', [key]))[0]?.hits as number | undefined) ?? null;
const counters: BudgetCounter[] = [];
/** A counter on process `index`'s connection pool; closed (its last flush run) after each test. */
const counterOn = (index: number) => {
  const counter = new BudgetCounter(orms[index].em);
  counters.push(counter);
  return counter;
};
afterEach(async () => {
  await Promise.all(counters.splice(0).map((counter) => counter.onModuleDestroy()));
});

it('holds a budget exactly within one process, before any flush', async () => {
  const counter = counterOn(0);
  const key = freshKey();
  const hits = [1, 2, 3, 4].map(() => counter.hit(key, MINUTE, 3));
  expect(hits.map(({ hits, withinBudget }) => [hits, withinBudget])).toEqual([[1, true], [2, true], [3, true], [4, false]]);
  expect(hits[3].msLeft).toBeGreaterThan(0);
  expect(hits[3].msLeft).toBeLessThanOrEqual(MINUTE);
  // Nothing was written yet; one flush adds all four hits in one statement.
  expect(await sharedHits(key)).toBeNull();
  await counter.flush();
  expect(await sharedHits(key)).toBe(4);
});

it('adds the hits on its own within a flush interval', async () => {
  const counter = counterOn(0);
  const key = freshKey();
  counter.hit(key, MINUTE, 10);
  counter.hit(key, MINUTE, 10);
  expect(await waitUntil(() => sharedHits(key), (hits) => hits === 2)).toBe(2);
});

it('learns the other processes’ hits when it flushes, so a budget spread over them holds after one interval', async () => {
  const [first, second] = [counterOn(0), counterOn(1)];
  const key = freshKey();
  expect([first.hit(key, MINUTE, 3).withinBudget, first.hit(key, MINUTE, 3).withinBudget]).toEqual([true, true]);
  await first.flush();
  // The second process has not flushed yet: it knows only its own hit.
  expect(second.hit(key, MINUTE, 3)).toMatchObject({ hits: 1, withinBudget: true });
  await second.flush();
  expect(second.hit(key, MINUTE, 3)).toMatchObject({ hits: 4, withinBudget: false });
  // The first still reads its last flush (2) with its own hit since: the bound the class states.
  expect(first.hit(key, MINUTE, 3)).toMatchObject({ hits: 3, withinBudget: true });
  // Each then reads the shared count as its flush left it (4, then 5), with its own hits since.
  await first.flush();
  await second.flush();
  expect(await sharedHits(key)).toBe(5);
  expect(first.hit(key, MINUTE, 3)).toMatchObject({ hits: 5, withinBudget: false });
  expect(second.hit(key, MINUTE, 3)).toMatchObject({ hits: 6, withinBudget: false });
});

it('loses no hit counted while a flush is on its way', async () => {
  const counter = counterOn(0);
  const key = freshKey();
  counter.hit(key, MINUTE, 100);
  const flushing = counter.flush();
  counter.hit(key, MINUTE, 100);
  counter.hit(key, MINUTE, 100);
  await flushing;
  expect(counter.hit(key, MINUTE, 100).hits).toBe(4);
  await counter.flush();
  expect(await sharedHits(key)).toBe(4);
});

it('opens a new window once the old one closes, here and in the shared bucket', async () => {
  const counter = counterOn(0);
  const key = freshKey();
  const WINDOW_MS = 300;
  expect([1, 2, 3].map(() => counter.hit(key, WINDOW_MS, 2).withinBudget)).toEqual([true, true, false]);
  await counter.flush();
  await new Promise((resolve) => setTimeout(resolve, WINDOW_MS + 50));
  expect(counter.hit(key, WINDOW_MS, 2)).toMatchObject({ hits: 1, withinBudget: true });
  await counter.flush();
  expect(await sharedHits(key)).toBe(1);
});

it('keeps the hits a failed flush could not add, and adds them with the next', async () => {
  const counter = counterOn(0);
  const key = freshKey();
  counter.hit(key, MINUTE, 10);
  counter.hit(key, MINUTE, 10);
  await sql('alter table rate_limit_buckets rename to rate_limit_buckets_away');
  try {
    await counter.flush();
  } finally {
    await sql('alter table rate_limit_buckets_away rename to rate_limit_buckets');
  }
  expect(await sharedHits(key)).toBeNull();
  expect(counter.hit(key, MINUTE, 10).hits).toBe(3);
  await counter.flush();
  expect(await sharedHits(key)).toBe(3);
});

describe('PostgresThrottlerStorage', () => {
  const BUDGETS = new Set(['queries']);
  const storageOn = (index: number) => new PostgresThrottlerStorage(orms[index].em, counterOn(index), BUDGETS);

  it('counts sign-in limits with a statement a hit, exact across processes', async () => {
    const [first, second] = [storageOn(0), storageOn(1)];
    const key = `ip:${freshKey()}`;
    const blocked = [];
    for (const storage of [first, second, first, second]) blocked.push((await storage.increment(key, MINUTE, 3, 0, 'ip')).isBlocked);
    expect(blocked).toEqual([false, false, false, true]);
    expect(await sharedHits(key)).toBe(4);
  });

  it('counts a budget in the process, added to the same table with the next flush', async () => {
    const storage = storageOn(0);
    const key = freshKey();
    const records = [];
    for (let i = 0; i < 3; i++) records.push(await storage.increment(key, MINUTE, 2, 0, 'queries'));
    expect(records.map(({ totalHits, isBlocked }) => [totalHits, isBlocked])).toEqual([[1, false], [2, false], [3, true]]);
    expect(records[2].timeToBlockExpire).toBeGreaterThanOrEqual(59);
    expect(await sharedHits(key)).toBeNull();
    expect(await waitUntil(() => sharedHits(key), (hits) => hits === 3)).toBe(3);
  });
});
