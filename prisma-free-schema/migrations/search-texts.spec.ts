import { textRowsOutOfStep } from '../../test/support/search-read-model-drift';
import { seededMigrationDatabase } from '../../test/support/seeded-migration-database';
import { Migration20261209000000SearchTexts } from './Migration20261209000000SearchTexts';

// Migration 20261209000000: therapist_search_texts holds each read-model row's state list, name and
// text vector, for a state's searches with words. It must start equal to the read model and stay so.
const database = seededMigrationDatabase({ count: 30, seed: 11 });
const sql = database.sql;
const run = (direction: 'up' | 'down') => database.run([Migration20261209000000SearchTexts], direction);

/** How many text rows there are, and whether any differs from the read model (counted up to 5). */
async function drift(): Promise<{ rows: number; differing: number }> {
  const [{ rows }] = await sql<{ rows: number }>(`select count(*)::int as rows from therapist_search_texts`);
  return { rows, differing: (await textRowsOutOfStep(sql)).length };
}

it('copies the rows a database already holds when it runs, and goes back cleanly', async () => {
  const [{ listed }] = await sql<{ listed: number }>(`select count(*)::int as listed from therapist_search`);
  expect(listed).toBeGreaterThan(20);
  expect(await drift()).toEqual({ rows: listed, differing: 0 });
  await run('down');
  const [{ tables }] = await sql<{ tables: number }>(`select count(*)::int as tables from information_schema.tables where table_name = 'therapist_search_texts'`);
  expect(tables).toBe(0);
  // Written while the table is gone: the migration must copy this row as it is now.
  await sql(`update therapist_profiles set display_name = 'Marisol Quintanilla-Oyelaran' where id = (select therapist_id from therapist_search order by therapist_id limit 1)`);
  await run('up');
  expect(await drift()).toEqual({ rows: listed, differing: 0 });
  const [{ found }] = await sql<{ found: number }>(`select count(*)::int as found from therapist_search_texts where display_name % 'Marisol Quintanila-Oyelaran'`);
  expect(found).toBe(1);
});

it('rewrites every text row from the read model on rebuild', async () => {
  await sql(`update therapist_search_texts set display_name = 'Drifted', jurisdictions = '{}'`);
  expect((await drift()).differing).toBeGreaterThan(0);
  await sql(`select therapist_search_texts_rebuild()`);
  expect((await drift()).differing).toBe(0);
});
