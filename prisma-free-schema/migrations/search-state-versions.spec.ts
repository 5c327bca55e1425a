import { seededMigrationDatabase } from '../../test/support/seeded-migration-database';
import { stateVersionsIn } from '../../test/support/state-versions';
import { Migration20261216000000SearchStateVersions } from './Migration20261216000000SearchStateVersions';

// Migration 20261216000000: each statement writing a state's therapist_search_states rows moves
// that state's version once, in its transaction; nothing else moves (StateRowIndex relies on both).
const database = seededMigrationDatabase({ count: 40, seed: 21 });
const sql = database.sql;

const { versions, movedSince } = stateVersionsIn(sql, 'therapist_search_state_versions');

async function therapistIn(state: string): Promise<{ id: string; states: string[] }> {
  const [row] = await sql<{ id: string; states: string[] }>(
    `select therapist_id as id, to_json(jurisdictions) as states from therapist_search where jurisdictions @> array[?]::text[] order by therapist_id limit 1`,
    [state],
  );
  return row;
}

it('gives every state holding rows a version after seeding', async () => {
  const held = await sql<{ jurisdiction: string }>(`select distinct jurisdiction from therapist_search_states order by 1`);
  expect(Object.keys(await versions()).sort()).toEqual(held.map((row) => row.jurisdiction));
});

it("moves the states of a therapist whose filtered columns change, once for the trigger's delete and once for its insert", async () => {
  const { id, states } = await therapistIn('NY');
  const before = await versions();
  await sql(`update therapist_profiles set fee_minor = coalesce(fee_minor, 10000) + 100 where id = ?`, [id]);
  expect(await movedSince(before)).toEqual(Object.fromEntries(states.map((state) => [state, 2])));
});

it('moves nothing for a write to the read model that rewrites no state row (a booking, the daily roll)', async () => {
  const { id } = await therapistIn('CA');
  const before = await versions();
  await sql(`update therapist_search set availability_stale = not availability_stale, open_slot_starts = '{}' where therapist_id = ?`, [id]);
  expect(await movedSince(before)).toEqual({});
});

it('moves each state a statement writes once, however many of its rows, and both states of a row moved between them', async () => {
  const before = await versions();
  await sql(`update therapist_search_states set accepting = accepting where jurisdiction in ('NY', 'CA')`);
  expect(await movedSince(before)).toEqual({ NY: 1, CA: 1 });
  const { id } = await therapistIn('TX');
  const moved = await versions();
  await sql(`update therapist_search_states set jurisdiction = 'QQ' where therapist_id = ? and jurisdiction = 'TX'`, [id]);
  expect(await movedSince(moved)).toEqual({ TX: 1, QQ: 1 });
});

it('moves a state with rows deleted, and every state on a truncate', async () => {
  const before = await versions();
  await sql(`delete from therapist_search_states where jurisdiction = 'QQ'`);
  expect(await movedSince(before)).toEqual({ QQ: 1 });
  const all = await versions();
  await sql(`truncate therapist_search_states cascade`);
  expect(await movedSince(all)).toEqual(Object.fromEntries(Object.keys(all).map((state) => [state, 1])));
});

it('removes the table, its triggers and functions on the way down, and puts them back on the way up', async () => {
  await database.run([Migration20261216000000SearchStateVersions], 'down');
  const [{ triggers }] = await sql<{ triggers: number }>(`select count(*)::int as triggers from pg_trigger where tgname like 'therapist_search_state_versions%'`);
  expect(triggers).toBe(0);
  const [{ table }] = await sql<{ table: string | null }>(`select to_regclass('therapist_search_state_versions')::text as "table"`);
  expect(table).toBeNull();
  await database.run([Migration20261216000000SearchStateVersions], 'up');
  const before = await versions();
  // The truncate above left no state row: the trigger's delete removes none, and its insert writes each of the therapist's states.
  const { id, states } = await therapistIn('NY');
  await sql(`update therapist_profiles set fee_minor = coalesce(fee_minor, 10000) + 100 where id = ?`, [id]);
  expect(await movedSince(before)).toEqual(Object.fromEntries(states.map((state) => [state, 1])));
});
