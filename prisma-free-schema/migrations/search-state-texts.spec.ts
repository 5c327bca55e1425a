import { textRowsOutOfStep } from '../../test/support/search-read-model-drift';
import { seededMigrationDatabase } from '../../test/support/seeded-migration-database';
import { Migration20261211000000SearchStateTexts } from './Migration20261211000000SearchStateTexts';

// Migration 20261211000000: therapist_search_state_texts holds each read-model row's name and text
// vector once per state on its list, in a partition per state, for a state's searches with words.
// It must start equal to the read model and stay so; going down restores migration 20261209000000's
// table (one row a therapist, the state list as an array), in step too.
const database = seededMigrationDatabase({ count: 30, seed: 11 });
const sql = database.sql;
const run = (direction: 'up' | 'down') => database.run([Migration20261211000000SearchStateTexts], direction);

/** How many text rows there are, and whether any differs from the read model (counted up to 5). */
async function drift(): Promise<{ rows: number; differing: number }> {
  const [{ rows }] = await sql<{ rows: number }>(`select count(*)::int as rows from therapist_search_state_texts`);
  return { rows, differing: (await textRowsOutOfStep(sql)).length };
}

/** How many (therapist, state) pairs the read model lists. */
async function statesListed(): Promise<number> {
  const [{ pairs }] = await sql<{ pairs: number }>(`select count(*)::int as pairs from therapist_search s cross join lateral (select distinct unnest(s.jurisdictions)) j`);
  return pairs;
}

it("copies the rows a database already holds when it runs, each state's into its own partition, and goes back cleanly", async () => {
  const pairs = await statesListed();
  expect(pairs).toBeGreaterThan(20);
  expect(await drift()).toEqual({ rows: pairs, differing: 0 });
  // Every row sits in its state's partition (the default one holds no code the taxonomy had).
  const placed = await sql<{ partition: string; jurisdiction: string }>(`select distinct tableoid::regclass::text as partition, jurisdiction from therapist_search_state_texts`);
  expect(placed.length).toBeGreaterThan(1);
  for (const { partition, jurisdiction } of placed) expect(partition).toBe(`therapist_search_state_texts_${jurisdiction.toLowerCase()}`);

  await run('down');
  const [{ tables }] = await sql<{ tables: number }>(`select count(*)::int as tables from information_schema.tables where table_name like 'therapist_search_state_texts%'`);
  expect(tables).toBe(0);
  // Migration 20261209000000's table is back, in step with the read model.
  const [{ differing }] = await sql<{ differing: number }>(
    `select count(*)::int as differing from (
       (select therapist_id, jurisdictions, display_name, search_document::text from therapist_search
        except all select therapist_id, jurisdictions, display_name, search_document::text from therapist_search_texts)
       union all
       (select therapist_id, jurisdictions, display_name, search_document::text from therapist_search_texts
        except all select therapist_id, jurisdictions, display_name, search_document::text from therapist_search)) d`,
  );
  expect(differing).toBe(0);
  // Written while the table is gone: the migration must copy this row as it is now.
  await sql(`update therapist_profiles set display_name = 'Marisol Quintanilla-Oyelaran' where id = (select therapist_id from therapist_search order by therapist_id limit 1)`);
  await run('up');
  expect(await drift()).toEqual({ rows: pairs, differing: 0 });
  const [{ found }] = await sql<{ found: number }>(`select count(distinct therapist_id)::int as found from therapist_search_state_texts where display_name % 'Marisol Quintanila-Oyelaran'`);
  expect(found).toBe(1);
});

it('keeps the rows in step when a therapist gains a state, loses one, and is renamed', async () => {
  const [{ id, states }] = await sql<{ id: string; states: string[] }>(`select therapist_id as id, jurisdictions as states from therapist_search order by therapist_id limit 1`);
  await sql(`update therapist_search set jurisdictions = ?::text[] where therapist_id = ?`, [`{${[...states.slice(1), 'WY', 'PR'].join(',')}}`, id]);
  await sql(`update therapist_search set display_name = 'Ines Okonkwo-Varga' where therapist_id = ?`, [id]);
  expect((await drift()).differing).toBe(0);
  const rows = await sql<{ jurisdiction: string; partition: string; display_name: string }>(
    `select jurisdiction, tableoid::regclass::text as partition, display_name from therapist_search_state_texts where therapist_id = ? order by jurisdiction`,
    [id],
  );
  expect(rows.map((row) => row.jurisdiction)).toEqual([...states.slice(1), 'WY', 'PR'].sort());
  // A code the migration had no partition for is kept too, in the default partition.
  expect(rows.find((row) => row.jurisdiction === 'PR')?.partition).toBe('therapist_search_state_texts_other');
  expect(new Set(rows.map((row) => row.display_name))).toEqual(new Set(['Ines Okonkwo-Varga']));
  await sql(`delete from therapist_search where therapist_id = ?`, [id]);
  const [{ left }] = await sql<{ left: number }>(`select count(*)::int as left from therapist_search_state_texts where therapist_id = ?`, [id]);
  expect(left).toBe(0);
});

it('rewrites every text row from the read model on rebuild', async () => {
  await sql(`update therapist_search_state_texts set display_name = 'Drifted'`);
  await sql(`delete from therapist_search_state_texts where jurisdiction = (select min(jurisdiction) from therapist_search_state_texts)`);
  expect((await drift()).differing).toBeGreaterThan(0);
  await sql(`select therapist_search_state_texts_rebuild()`);
  expect((await drift()).differing).toBe(0);
});
