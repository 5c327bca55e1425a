import { seededMigrationDatabase } from '../../test/support/seeded-migration-database';
import { Migration20261207000000SearchFacetChars } from './Migration20261207000000SearchFacetChars';
import { Migration20261208000000SearchFilterMasks } from './Migration20261208000000SearchFilterMasks';

const database = seededMigrationDatabase({ count: 40, seed: 5 });
const sql = database.sql;

/** This migration and the one after it (which writes the state rows too), undone or done in order. */
async function run(direction: 'up' | 'down'): Promise<void> {
  const migrations = [Migration20261207000000SearchFacetChars, Migration20261208000000SearchFilterMasks];
  await database.run(direction === 'up' ? migrations : migrations.reverse(), direction);
}

/** Every state row's pairs, read through the dictionary: "therapist/state: facet=value, …". */
async function pairsByRow(column: 'facet_codes' | 'facet_chars'): Promise<string[]> {
  const dictionary = new Map(
    (await sql<{ code: number; facet: string; value: string }>(`select code, facet, value from therapist_search_facet_values`)).map((entry) => [entry.code, `${entry.facet}=${entry.value}`]),
  );
  const rows = await sql<{ row: string; codes: Buffer | string }>(`select therapist_id || '/' || jurisdiction as row, ${column} as codes from therapist_search_states`);
  const codesOf = (codes: Buffer | string): number[] =>
    typeof codes === 'string' ? [...codes].map((char) => char.charCodeAt(0)) : Array.from({ length: codes.length / 2 }, (_, index) => codes.readUInt16BE(index * 2));
  return rows.map(({ row, codes }) => `${row}: ${codesOf(codes).map((code) => dictionary.get(code) ?? `unknown ${code}`).sort().join(', ')}`).sort();
}

it('renumbers the values 1 to n, keeps what every row holds, and numbers the next value n + 1', async () => {
  // As migration 20261206000000 left a database: two bytes a code, numbers spent on values that had one.
  await run('down');
  await sql(`select setval(pg_get_serial_sequence('therapist_search_facet_values', 'code'), 700)`);
  const [{ id }] = await sql<{ id: string }>(`select therapist_id as id from therapist_search_states order by therapist_id limit 1`);
  await sql(`update therapist_profiles set languages = array_append(languages, 'tlh') where id = ?`, [id]);
  const [{ values, highest }] = await sql<{ values: number; highest: number }>(`select count(*)::int as values, max(code)::int as highest from therapist_search_facet_values`);
  expect(highest).toBeGreaterThan(700);
  const before = await pairsByRow('facet_codes');
  expect(before.join('\n')).toContain('language=tlh');

  await run('up');

  const [after] = await sql<{ values: number; lowest: number; highest: number }>(
    `select count(*)::int as values, min(code)::int as lowest, max(code)::int as highest from therapist_search_facet_values`,
  );
  expect(after).toEqual({ values, lowest: 1, highest: values });
  expect(await pairsByRow('facet_chars')).toEqual(before);
  // Still kept: the dictionary refuses changes again.
  await expect(sql(`delete from therapist_search_facet_values where code = 1`)).rejects.toThrow(/never changes or goes/);
  await sql(`update therapist_profiles set languages = array_append(languages, 'ase-x') where id = ?`, [id]);
  const [{ code }] = await sql<{ code: number }>(`select code from therapist_search_facet_values where value = 'ase-x'`);
  expect(code).toBe(values + 1);
});
