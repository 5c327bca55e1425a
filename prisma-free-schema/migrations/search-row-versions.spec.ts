import { seededMigrationDatabase } from '../../test/support/seeded-migration-database';
import { stateVersionsIn } from '../../test/support/state-versions';
import { Migration20261217000000SearchRowVersions } from './Migration20261217000000SearchRowVersions';

// Migration 20261217000000: each statement writing therapist_search rows moves the version of every
// state those rows are (or were) licensed in once, in its transaction; StateRowIndex keeps the
// candidates' row versions only while it reads the same, so every write that changes a row must move it.
const database = seededMigrationDatabase({ count: 40, seed: 23 });
const sql = database.sql;

const { versions, movedSince } = stateVersionsIn(sql, 'therapist_search_row_versions');

async function therapistIn(state: string, offset = 0): Promise<{ id: string; states: string[] }> {
  const [row] = await sql<{ id: string; states: string[] }>(
    `select therapist_id as id, to_json(jurisdictions) as states from therapist_search where jurisdictions @> array[?]::text[] order by therapist_id limit 1 offset ?`,
    [state, offset],
  );
  return row;
}

const movedOnce = (states: string[]) => Object.fromEntries(states.map((state) => [state, 1]));

it('gives every state holding rows a version after seeding', async () => {
  const held = await sql<{ jurisdiction: string }>(`select distinct j as jurisdiction from therapist_search, unnest(jurisdictions) j order by 1`);
  expect(Object.keys(await versions()).sort()).toEqual(held.map((row) => row.jurisdiction));
});

it("moves a therapist's states when a booking marks their summary stale, and when the summary is written", async () => {
  const { id, states } = await therapistIn('NY');
  const before = await versions();
  // What the bookings trigger does in the booking's transaction (therapist_search_source_changed).
  await sql(`update therapist_search set availability_stale = true, availability_version = availability_version + 1 where therapist_id = ?`, [id]);
  expect(await movedSince(before)).toEqual(movedOnce(states));
  const stale = await versions();
  await sql(`update therapist_search set open_slot_starts = '{}', next_open_at = null, availability_stale = false where therapist_id = ?`, [id]);
  expect(await movedSince(stale)).toEqual(movedOnce(states));
});

it('moves the states of a profile edit that reaches the read model, and nothing for a statement that changes no row', async () => {
  const { id, states } = await therapistIn('CA');
  const before = await versions();
  await sql(`update therapist_profiles set headline = coalesce(headline, '') || ' Evenings too.' where id = ?`, [id]);
  expect(await movedSince(before)).toEqual(movedOnce(states));
  const edited = await versions();
  await sql(`update therapist_search set accepting = accepting where false`);
  expect(await movedSince(edited)).toEqual({});
});

it('moves each state a statement writes once, however many of its rows, and the old and new states of a row licensed elsewhere', async () => {
  const [first, second] = [await therapistIn('NY', 0), await therapistIn('NY', 1)];
  const before = await versions();
  await sql(`update therapist_search set availability_stale = true where therapist_id in (?, ?)`, [first.id, second.id]);
  expect(await movedSince(before)).toEqual(movedOnce([...new Set([...first.states, ...second.states])]));
  const { id, states } = await therapistIn('TX');
  const moved = await versions();
  await sql(`update therapist_search set jurisdictions = array['QQ'] where therapist_id = ?`, [id]);
  expect(await movedSince(moved)).toEqual(movedOnce([...states, 'QQ']));
});

it('moves the states of rows deleted and inserted, and every state on a truncate', async () => {
  const { id, states } = await therapistIn('CA', 2);
  const before = await versions();
  await sql(`delete from therapist_search where therapist_id = ?`, [id]);
  expect(await movedSince(before)).toEqual(movedOnce(states));
  const deleted = await versions();
  await sql(`select therapist_search_refresh(array[?]::uuid[])`, [id]);
  expect(await movedSince(deleted)).toEqual(movedOnce(states));
  const all = await versions();
  await sql(`truncate therapist_search cascade`);
  expect(await movedSince(all)).toEqual(Object.fromEntries(Object.keys(all).map((state) => [state, 1])));
});

it('removes the table, its triggers and functions on the way down, and puts them back on the way up', async () => {
  await database.run([Migration20261217000000SearchRowVersions], 'down');
  const [{ triggers }] = await sql<{ triggers: number }>(`select count(*)::int as triggers from pg_trigger where tgname like 'therapist_search_row_versions%'`);
  expect(triggers).toBe(0);
  const [{ table }] = await sql<{ table: string | null }>(`select to_regclass('therapist_search_row_versions')::text as "table"`);
  expect(table).toBeNull();
  await database.run([Migration20261217000000SearchRowVersions], 'up');
  const before = await versions();
  // The truncate above left no row: a refresh inserts the therapist's row, licensed in its states.
  const [{ id }] = await sql<{ id: string }>(`select id from therapist_profiles where status = 'ACTIVE' order by id limit 1`);
  await sql(`select therapist_search_refresh(array[?]::uuid[])`, [id]);
  const [{ states }] = await sql<{ states: string[] }>(`select to_json(jurisdictions) as states from therapist_search where therapist_id = ?`, [id]);
  expect(states.length).toBeGreaterThan(0);
  expect(await movedSince(before)).toEqual(movedOnce(states));
});
