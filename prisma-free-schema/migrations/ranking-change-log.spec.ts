import { randomUUID } from 'node:crypto';
import { seededMigrationDatabase } from '../../test/support/seeded-migration-database';
import { Migration20261215000000RankingChangeLog, RANKING_LOG_KEPT_HOURS } from './Migration20261215000000RankingChangeLog';

// Migration 20261215000000: every move of the ranking counter is logged with its number and the
// therapist it was for, so a kept answer can tell whether the therapists it ranked changed.
const database = seededMigrationDatabase({ count: 20, seed: 8 });
const sql = database.sql;
const run = (direction: 'up' | 'down') => database.run([Migration20261215000000RankingChangeLog], direction);

/** What a booking does to the read model: the therapist's availability summary is flagged stale (then recomputed). */
const BOOKED = `update therapist_search set availability_stale = not availability_stale where therapist_id = ?`;

const counter = async () => Number((await sql<{ value: string }>(`select last_value::text as value from therapist_ranking_changes`))[0].value);
const logged = (since: number) =>
  sql<{ change: string; therapist_id: string }>(`select l.change::text, l.therapist_id from therapist_ranking_change_log l where l.change > ? order by l.change`, [since]);

async function twoTherapists(): Promise<[string, string]> {
  const rows = await sql<{ therapist_id: string }>(`select therapist_id from therapist_search order by therapist_id limit 2`);
  return [rows[0].therapist_id, rows[1].therapist_id];
}

it("logs each move of the ranking counter with its number and the therapist whose open times changed, and nothing for other changes", async () => {
  const [first, second] = await twoTherapists();
  const before = await counter();
  await sql(BOOKED, [first]);
  await sql(BOOKED, [second]);
  await sql(`update therapist_search set fee_minor = fee_minor + 1 where therapist_id = ?`, [first]);
  expect(await logged(before)).toEqual([
    { change: String(before + 1), therapist_id: first },
    { change: String(before + 2), therapist_id: second },
  ]);
  expect(await counter()).toBe(before + 2);
});

it('logs the rated therapist when a rating is written, changed or removed', async () => {
  // This file's own database: a rating without the booking and client it belongs to.
  await sql(`alter table alliance_ratings drop constraint alliance_ratings_booking_id_foreign, drop constraint alliance_ratings_client_id_foreign`);
  const [, therapist] = await twoTherapists();
  const id = randomUUID();
  const before = await counter();
  await sql(
    `insert into alliance_ratings (id, booking_id, client_id, therapist_id, relationship, goals_and_topics, approach_or_method, overall, not_a_good_fit, rematch_offered, rated_at)
     values (?, ?, ?, ?, 9, 9, 9, 9, false, false, now())`,
    [id, randomUUID(), randomUUID(), therapist],
  );
  await sql(`update alliance_ratings set overall = 3 where id = ?`, [id]);
  await sql(`delete from alliance_ratings where id = ?`, [id]);
  expect((await logged(before)).map((row) => row.therapist_id)).toEqual([therapist, therapist, therapist]);
});

it(`deletes what was logged more than ${RANKING_LOG_KEPT_HOURS} hours ago at every 1,024th change, and nothing newer`, async () => {
  const [first, second] = await twoTherapists();
  // Two rows logged before any this file made (numbers below them): one too long ago, one within the hours kept.
  await sql(`insert into therapist_ranking_change_log (change, therapist_id, logged_at) values (-2, ?, now() - interval '${RANKING_LOG_KEPT_HOURS} hours 1 minute'), (-1, ?, now() - interval '${RANKING_LOG_KEPT_HOURS - 1} hours')`, [first, second]);
  const earlier = async () => (await sql<{ change: string }>(`select l.change::text from therapist_ranking_change_log l where l.change < 0 order by l.change`)).map((row) => row.change);
  // The next change's number is not a multiple of 1,024: nothing is deleted.
  await sql(`select setval('therapist_ranking_changes', 2046)`);
  await sql(BOOKED, [first]);
  expect(await earlier()).toEqual(['-2', '-1']);
  // Change 2,048: the row logged too long ago goes, the one within the hours kept stays.
  await sql(BOOKED, [second]);
  expect(await earlier()).toEqual(['-1']);
  expect((await logged(2046)).map((row) => row.change)).toEqual(['2047', '2048']);
});

it('goes back to the counter alone, and forward again', async () => {
  const [first] = await twoTherapists();
  await run('down');
  const [{ tables }] = await sql<{ tables: number }>(`select count(*)::int as tables from pg_class where relname = 'therapist_ranking_change_log'`);
  expect(tables).toBe(0);
  const before = await counter();
  await sql(BOOKED, [first]);
  expect(await counter()).toBe(before + 1);
  await run('up');
  await sql(BOOKED, [first]);
  expect(await logged(0)).toEqual([{ change: String(before + 2), therapist_id: first }]);
});
