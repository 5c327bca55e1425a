import { randomUUID } from 'node:crypto';
import { JURISDICTIONS } from '@rapport/taxonomy';
import { RANKING_STATE_GROUPS as APP_GROUPS, rankingGroupOf, SEARCH_VERSIONS, SearchVersions } from '../../apps/api/src/matching/search/search-cache';
import { seededMigrationDatabase } from '../../test/support/seeded-migration-database';
import { Migration20261210000000RankingChangesByState, RANKING_STATE_GROUPS } from './Migration20261210000000RankingChangesByState';

// Migration 20261210000000: the ranking counter per group of states. A change to a therapist's
// open times or ratings must move the counters of the groups of every state they are licensed in
// (and the global one), and no other group's: a kept answer in a state is stamped with its group's.
const database = seededMigrationDatabase({ count: 30, seed: 5 });
const sql = database.sql;
const run = (direction: 'up' | 'down') => database.run([Migration20261210000000RankingChangesByState], direction);

/** The global counter and each group's as the migration's function reads them (`last_value:is_called`). */
const READ_COUNTERS = `select (select last_value::text || ':' || is_called::text from therapist_ranking_changes) as global, therapist_ranking_changes_by_group() as groups`;

/** The global counter and each group's, as numbers (last value, or 0 before the first). */
async function counters(): Promise<{ global: number; groups: number[] }> {
  const value = (version: string) => (version.endsWith(':true') ? Number(version.split(':')[0]) : 0);
  const [row] = await sql<{ global: string; groups: string[] }>(READ_COUNTERS);
  return { global: value(row.global), groups: row.groups.map(value) };
}

/** Which groups moved between two reads, and whether the global counter did. */
function moved(before: { global: number; groups: number[] }, after: { global: number; groups: number[] }) {
  return { global: after.global > before.global, groups: after.groups.flatMap((value, group) => (value > before.groups[group] ? [group] : [])) };
}

const groupsOf = (states: string[]) => [...new Set(states.map(rankingGroupOf))].sort((a, b) => a - b);

it('gives every state the group the API computes, in as many groups as the API reads', async () => {
  expect(APP_GROUPS).toBe(RANKING_STATE_GROUPS);
  const rows = await sql<{ code: string; group: number }>(`select code, therapist_ranking_group(code) as "group" from unnest(array[?]::text[]) code`, [JURISDICTIONS.map((j) => j.code)]);
  expect(rows).toEqual(JURISDICTIONS.map((j) => ({ code: j.code, group: rankingGroupOf(j.code) })));
  expect(new Set(rows.map((row) => row.group)).size).toBe(RANKING_STATE_GROUPS);
  // The states most therapists practise in are each alone in their group.
  expect(new Set(['NY', 'CA', 'TX', 'FL'].map(rankingGroupOf)).size).toBe(4);
});

/** What a booking does to the read model: the therapist's availability summary is flagged stale (then recomputed). */
const BOOKED = `update therapist_search set availability_stale = not availability_stale where therapist_id = ?`;

it("moves the groups of a therapist's states when their availability changes, and no other", async () => {
  const [therapist] = await sql<{ therapist_id: string; jurisdictions: string[] }>(
    `select therapist_id, jurisdictions from therapist_search order by cardinality(jurisdictions) desc, therapist_id limit 1`,
  );
  expect(therapist.jurisdictions.length).toBeGreaterThan(1);
  const before = await counters();
  await sql(BOOKED, [therapist.therapist_id]);
  expect(moved(before, await counters())).toEqual({ global: true, groups: groupsOf(therapist.jurisdictions) });

  // A change the ranking does not read moves none of them (the search counter's business).
  const unchanged = await counters();
  await sql(`update therapist_search set fee_minor = fee_minor + 1 where therapist_id = ?`, [therapist.therapist_id]);
  expect(moved(unchanged, await counters())).toEqual({ global: false, groups: [] });
});

it("moves the groups of the rated therapist's states when a rating is written, changed or removed", async () => {
  // This file's own database: a rating without the booking and client it belongs to.
  await sql(`alter table alliance_ratings drop constraint alliance_ratings_booking_id_foreign, drop constraint alliance_ratings_client_id_foreign`);
  const [therapist] = await sql<{ therapist_id: string; jurisdictions: string[] }>(`select therapist_id, jurisdictions from therapist_search order by therapist_id desc limit 1`);
  const id = randomUUID();
  const expected = { global: true, groups: groupsOf(therapist.jurisdictions) };
  let before = await counters();
  await sql(
    `insert into alliance_ratings (id, booking_id, client_id, therapist_id, relationship, goals_and_topics, approach_or_method, overall, not_a_good_fit, rematch_offered, rated_at)
     values (?, ?, ?, ?, 9, 9, 9, 9, false, false, now())`,
    [id, randomUUID(), randomUUID(), therapist.therapist_id],
  );
  expect(moved(before, await counters())).toEqual(expected);
  before = await counters();
  await sql(`update alliance_ratings set overall = 3 where id = ?`, [id]);
  expect(moved(before, await counters())).toEqual(expected);
  before = await counters();
  await sql(`delete from alliance_ratings where id = ?`, [id]);
  expect(moved(before, await counters())).toEqual(expected);
});

it('goes back to the global counter alone, and forward again', async () => {
  await run('down');
  const [{ sequences }] = await sql<{ sequences: number }>(`select count(*)::int as sequences from pg_class where relkind = 'S' and relname like 'therapist_ranking_changes_%'`);
  expect(sequences).toBe(0);
  const [therapist] = await sql<{ therapist_id: string; jurisdictions: string[] }>(`select therapist_id, jurisdictions from therapist_search order by therapist_id limit 1`);
  await sql(BOOKED, [therapist.therapist_id]);
  await run('up');
  const before = await counters();
  expect(before.groups).toEqual(Array(RANKING_STATE_GROUPS).fill(0));
  await sql(BOOKED, [therapist.therapist_id]);
  expect(moved(before, await counters())).toEqual({ global: true, groups: groupsOf(therapist.jurisdictions) });
});

it("reads in the app's stamp what the migration's function reads, for every group, before and after a group's first change", async () => {
  // The app reads each counter with pg_sequence_last_value ('-' before the first value), the
  // function as `last_value:is_called`: the same state of each sequence, two spellings.
  const asApp = (version: string) => (version.endsWith(':true') ? version.split(':')[0] : '-');
  const read = async () => {
    const [app] = await sql<SearchVersions>(`select ${SEARCH_VERSIONS.columns}`);
    const [reference] = await sql<{ global: string; groups: string[] }>(READ_COUNTERS);
    return { app, reference };
  };
  const before = await read();
  expect(before.app.rankingByGroup).toEqual(before.reference.groups.map(asApp));
  expect(before.app.ranking).toBe(asApp(before.reference.global));
  // A group never moved reads '-' in both; its first value and the next read differently each time.
  await sql(`select setval('therapist_ranking_changes_3', 1, false)`);
  const reset = await read();
  expect(reset.app.rankingByGroup[3]).toBe('-');
  await sql(`select nextval('therapist_ranking_changes_3')`);
  const first = await read();
  expect(first.app.rankingByGroup[3]).toBe('1');
  await sql(`select nextval('therapist_ranking_changes_3')`);
  const second = await read();
  expect(second.app.rankingByGroup[3]).toBe('2');
  for (const { app, reference } of [reset, first, second]) expect(app.rankingByGroup).toEqual(reference.groups.map(asApp));
});
