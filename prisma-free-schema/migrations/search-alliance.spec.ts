import { allianceForMatching, allianceTotalOnMatchingScale } from '@rapport/domain';
import { seededMigrationDatabase } from '../../test/support/seeded-migration-database';
import { Migration20261212000000SearchAlliance } from './Migration20261212000000SearchAlliance';

// Migration 20261212000000: each search read-model row holds its therapist's clients' session
// ratings as the ranking reads them (how many clients rated, the mean over them of each client's
// mean total). They must equal the domain's own aggregate over alliance_ratings (allianceForMatching)
// after every kind of change, from the migration on, and survive the row being deleted and written again.
const database = seededMigrationDatabase({ count: 12, seed: 5 });
const sql = database.sql;
const run = (direction: 'up' | 'down') => database.run([Migration20261212000000SearchAlliance], direction);

let day = 0;
/** A completed session of `therapistId` with `clientId`, and the client's rating of it (the four items' scores). */
async function rate(therapistId: string, clientId: string, [relationship, goals, approach, overall]: number[]): Promise<string> {
  day += 1;
  const [{ id: bookingId }] = await sql<{ id: string }>(
    `insert into bookings (id, therapist_id, client_id, session_type_id, starts_at, ends_at, blocked_range, status, price_minor, platform_fee_minor, format, created_at, updated_at, video_room_id)
     select gen_random_uuid(), ?, ?, t.id, x.s, x.s + interval '50 minutes', tstzrange(x.s, x.s + interval '50 minutes'), 'COMPLETED', 0, 0, 'VIDEO', now(), now(), gen_random_uuid()
     from session_types t, (select '2026-10-01T15:00:00Z'::timestamptz + ? * interval '1 day' as s) x where t.therapist_id = ? limit 1 returning id`,
    [therapistId, clientId, day, therapistId],
  );
  const [{ id }] = await sql<{ id: string }>(
    `insert into alliance_ratings (id, booking_id, client_id, therapist_id, relationship, goals_and_topics, approach_or_method, overall, not_a_good_fit, rematch_offered, rated_at)
     values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?, false, false, now()) returning id`,
    [bookingId, clientId, therapistId, relationship, goals, approach, overall],
  );
  return id;
}

async function newClient(): Promise<string> {
  const [{ id }] = await sql<{ id: string }>(
    `insert into users (id, email, password_hash, role, created_at, updated_at) values (gen_random_uuid(), 'client-' || gen_random_uuid() || '@example.com', 'x', 'CLIENT', now(), now()) returning id`,
  );
  return id;
}

/** Rows whose ratings differ from the domain's aggregate over alliance_ratings, as "therapist: kept ≠ expected". */
async function outOfStep(): Promise<string[]> {
  const ratings = await sql<{ therapist_id: string; client_id: string; total: number }>(
    `select therapist_id, client_id, relationship + goals_and_topics + approach_or_method + overall as total from alliance_ratings`,
  );
  const rows = await sql<{ therapist_id: string; alliance_clients: number; alliance_mean_total: number | null }>(`select therapist_id, alliance_clients, alliance_mean_total from therapist_search`);
  return rows.flatMap((row) => {
    const expected = allianceForMatching(ratings.filter((rating) => rating.therapist_id === row.therapist_id).map((rating) => ({ clientId: rating.client_id, total: rating.total })));
    const kept = row.alliance_mean_total === null ? null : { count: row.alliance_clients, mean: allianceTotalOnMatchingScale(row.alliance_mean_total) };
    const same = expected === null ? kept === null : kept !== null && kept.count === expected.count && Math.abs(kept.mean - expected.mean) < 1e-9;
    return same ? [] : [`${row.therapist_id}: ${JSON.stringify(kept)} ≠ ${JSON.stringify(expected)}`];
  });
}

const listed = async () => (await sql<{ id: string }>(`select therapist_id as id from therapist_search order by therapist_id limit 3`)).map(({ id }) => id);
const searchCounter = async () => (await sql<{ value: string }>(`select last_value::text as value from therapist_search_changes`))[0].value;

it('takes in the ratings a database already holds when it runs, and goes back cleanly', async () => {
  const [first, second] = await listed();
  await run('down');
  const [alice, bo] = [await newClient(), await newClient()];
  await rate(first, alice, [9, 9, 8, 9]);
  await rate(first, alice, [7, 8, 8, 8]);
  await rate(first, bo, [5, 6, 4, 5]);
  await rate(second, bo, [10, 10, 10, 10]);
  await run('up');
  expect(await outOfStep()).toEqual([]);
  const kept = await sql<{ therapist_id: string; alliance_clients: number }>(`select therapist_id, alliance_clients from therapist_search where alliance_clients > 0 order by alliance_clients desc`);
  expect(kept).toEqual([{ therapist_id: first, alliance_clients: 2 }, { therapist_id: second, alliance_clients: 1 }]);

  await run('down');
  const [{ columns }] = await sql<{ columns: number }>(`select count(*)::int as columns from information_schema.columns where table_name = 'therapist_search' and column_name like 'alliance%'`);
  expect(columns).toBe(0);
  await rate(second, alice, [1, 2, 1, 2]);
  await run('up');
  expect(await outOfStep()).toEqual([]);
});

it('keeps the ratings in step as clients rate, a rating is corrected or removed, and a therapist leaves the list and comes back', async () => {
  const [, , third] = await listed();
  const [cleo, dev] = [await newClient(), await newClient()];
  const rating = await rate(third, cleo, [8, 8, 8, 8]);
  expect(await outOfStep()).toEqual([]);
  await rate(third, dev, [3, 4, 2, 3]);
  await rate(third, dev, [6, 5, 6, 6]);
  expect(await outOfStep()).toEqual([]);
  await sql(`update alliance_ratings set overall = 2 where id = ?`, [rating]);
  expect(await outOfStep()).toEqual([]);
  await sql(`delete from alliance_ratings where id = ?`, [rating]);
  expect(await outOfStep()).toEqual([]);
  // Suspended: the row goes. Active again: the row is written afresh, with the ratings.
  await sql(`update therapist_profiles set status = 'SUSPENDED', suspension_reason = 'License under review', suspended_at = now() where id = ?`, [third]);
  expect(await sql(`select 1 from therapist_search where therapist_id = ?`, [third])).toHaveLength(0);
  await sql(`update therapist_profiles set status = 'ACTIVE', suspension_reason = null, suspended_at = null where id = ?`, [third]);
  const [{ alliance_clients: clients }] = await sql<{ alliance_clients: number }>(`select alliance_clients from therapist_search where therapist_id = ?`, [third]);
  expect(clients).toBe(1);
  expect(await outOfStep()).toEqual([]);
});

it('leaves the search counter where it is on a rating (no engine answer reads ratings; the ranking has its own counter)', async () => {
  const [first] = await listed();
  const before = await searchCounter();
  await rate(first, await newClient(), [4, 4, 4, 4]);
  expect(await searchCounter()).toBe(before);
  expect(await outOfStep()).toEqual([]);
  // A change an engine reads still moves it.
  await sql(`update therapist_profiles set languages = array['en', 'pt'] where id = ?`, [first]);
  expect(await searchCounter()).not.toBe(before);
});

it('writes every row again from alliance_ratings on rebuild', async () => {
  await sql(`update therapist_search set alliance_clients = 7, alliance_mean_total = 1`);
  expect((await outOfStep()).length).toBeGreaterThan(0);
  await sql(`select therapist_search_alliance_write(array(select therapist_id from therapist_search))`);
  expect(await outOfStep()).toEqual([]);
});
