import { Client } from 'pg';
import { seededMigrationDatabase } from '../../test/support/seeded-migration-database';
import { Migration20261213000000SearchFacetNumberingLock } from './Migration20261213000000SearchFacetNumberingLock';

// Migration 20261213000000: two transactions that each number new facet values, one row at a time
// in opposite orders, must both commit. Before it, the second to ask for the other's value closed a
// cycle of waits, and PostgreSQL aborted one of them as a deadlock.
const database = seededMigrationDatabase({ count: 4, seed: 5 });
const run = (direction: 'up' | 'down') => database.run([Migration20261213000000SearchFacetNumberingLock], direction);

/** The codes of a row holding only these languages, as the read model's triggers ask for them. */
const charsOf = (client: Client, languages: string[]) =>
  client.query<{ chars: string }>(`select therapist_search_facet_chars('{}', '{}', $1::text[], '{}', '{}', null, null) as chars`, [languages]).then((result) => result.rows[0].chars);

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Resolves once `pending` has settled or the backend `pid` waits on a lock: the statement
 * has done what it can. Each step below starts only then, however loaded the machine.
 */
async function doneOrWaiting(pid: number, pending: Promise<unknown>): Promise<void> {
  let settled = false;
  pending.then(
    () => (settled = true),
    () => (settled = true),
  );
  for (const startedAt = Date.now(); Date.now() - startedAt < 20_000; await pause(10)) {
    if (settled) return;
    const [activity] = await database.sql<{ wait_event_type: string | null }>(`select wait_event_type from pg_stat_activity where pid = ?`, [pid]);
    if (activity?.wait_event_type === 'Lock') return;
  }
  throw new Error(`backend ${pid} neither finished nor waited on a lock within 20 s`);
}

/**
 * Transaction one numbers `first` then `second`; transaction two, started in between, numbers
 * `second` then `first`. Each asks for its second value while the other may hold it uncommitted.
 */
async function numberInOppositeOrders(first: string, second: string): Promise<{ one: string[]; two: string[] }> {
  const [one, two] = [new Client({ connectionString: database.url() }), new Client({ connectionString: database.url() })];
  await Promise.all([one.connect(), two.connect()]);
  try {
    const pidOf = (client: Client) => client.query<{ pid: number }>('select pg_backend_pid() as pid').then((result) => result.rows[0].pid);
    const [onePid, twoPid] = await Promise.all([pidOf(one), pidOf(two)]);
    await Promise.all([one.query('begin'), two.query('begin')]);
    const oneFirst = await charsOf(one, [first]);
    const twoFirst = charsOf(two, [second]);
    await doneOrWaiting(twoPid, twoFirst);
    const oneSecond = charsOf(one, [second]);
    await doneOrWaiting(onePid, oneSecond);
    const twoSecond = twoFirst.then(() => charsOf(two, [first]));
    // Whichever fails (PostgreSQL picks the deadlock's victim) rolls back; the other then goes on.
    const oneDone = oneSecond.then(() => one.query('commit')).catch(async (error: Error) => {
      await one.query('rollback');
      throw error;
    });
    const twoDone = twoSecond.then(() => two.query('commit')).catch(async (error: Error) => {
      await two.query('rollback');
      throw error;
    });
    const [oneResult, twoResult] = await Promise.allSettled([oneDone, twoDone]);
    for (const result of [oneResult, twoResult]) if (result.status === 'rejected') throw result.reason;
    return { one: [oneFirst, await oneSecond], two: [await twoFirst, await twoSecond] };
  } finally {
    await Promise.all([one.end(), two.end()]);
  }
}

it('lets two writers number each other’s new values in opposite orders, where they deadlocked before', async () => {
  await run('down');
  await expect(numberInOppositeOrders('x-before-a', 'x-before-b')).rejects.toThrow(/deadlock/);

  await run('up');
  const { one, two } = await numberInOppositeOrders('x-after-a', 'x-after-b');
  // Each value got one code, the same whichever transaction asked for it.
  expect(one[0]).toBe(two[1]);
  expect(one[1]).toBe(two[0]);
  expect(one[0]).not.toBe(one[1]);
  const values = await database.sql<{ value: string }>(`select value from therapist_search_facet_values where value like 'x-after-%' order by value`);
  expect(values.map(({ value }) => value)).toEqual(['x-after-a', 'x-after-b']);
});
