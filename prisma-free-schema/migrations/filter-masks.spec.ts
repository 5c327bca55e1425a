import { Client } from 'pg';
import { AGE_GROUPS, COMMUNITIES, CONCERNS, LANGUAGES, MODALITIES } from '@rapport/taxonomy';
import { SessionFormat } from '../../apps/api/src/therapists/entities/therapist-profile.entity';
import { masksOutOfStep as masksOutOfStepIn } from '../../test/support/search-read-model-drift';
import { seededMigrationDatabase } from '../../test/support/seeded-migration-database';
import { MASKS, Migration20261208000000SearchFilterMasks } from './Migration20261208000000SearchFilterMasks';

// Migration 20261208000000: the arrays a state's search filters on are bit masks in its rows,
// each value's bit given once in search_filter_bits. A mask must say exactly what its array holds.
const database = seededMigrationDatabase({ count: 40, seed: 9 });
const sql = database.sql;
const run = (direction: 'up' | 'down') => database.run([Migration20261208000000SearchFilterMasks], direction);

const masksOutOfStep = () => masksOutOfStepIn(sql);

/** Per facet: how many values have a bit, and the highest bit. */
async function bitsPerFacet(): Promise<Record<string, { values: number; highest: number }>> {
  const rows = await sql<{ facet: string; values: number; highest: number }>(`select facet, count(*)::int as values, max(bit)::int as highest from search_filter_bits group by facet`);
  return Object.fromEntries(rows.map(({ facet, values, highest }) => [facet, { values, highest }]));
}

const noGaps = (bits: Record<string, { values: number; highest: number }>) =>
  Object.fromEntries(Object.entries(bits).map(([facet, { values }]) => [facet, { values, highest: values - 1 }]));

it('gives every value a state row holds a bit, without gaps, and masks that say what the arrays hold', async () => {
  const [{ rows, masked }] = await sql<{ rows: number; masked: number }>(
    `select count(*)::int as rows, count(*) filter (where concerns_mask <> 0 and modalities_mask <> 0 and languages_mask <> 0 and formats_mask <> 0)::int as masked from therapist_search_states`,
  );
  expect(rows).toBeGreaterThan(30);
  expect(masked).toBe(rows);
  const bits = await bitsPerFacet();
  expect(Object.keys(bits).sort()).toEqual(['age_group', 'community', 'concern', 'format', 'language', 'modality']);
  expect(bits).toEqual(noGaps(bits));
  expect(await masksOutOfStep()).toEqual([]);
});

it('masks the rows a database already holds when it runs, and goes back cleanly', async () => {
  await run('down');
  const [{ columns }] = await sql<{ columns: number }>(`select count(*)::int as columns from information_schema.columns where table_name = 'therapist_search_states' and column_name like '%\\_mask'`);
  expect(columns).toBe(0);
  // Written while the masks are gone: the migration must mask this row too.
  const [{ id }] = await sql<{ id: string }>(`select therapist_id as id from therapist_search_states order by therapist_id limit 1`);
  await sql(`update therapist_profiles set communities = array['LGBTQ_AFFIRMING', 'VETERANS'] where id = ?`, [id]);
  await run('up');
  expect(await masksOutOfStep()).toEqual([]);
  const bits = await bitsPerFacet();
  expect(bits).toEqual(noGaps(bits));
});

it('gives a new value the next bit of its facet, and never changes or removes a bit', async () => {
  const before = await bitsPerFacet();
  const [{ id }] = await sql<{ id: string }>(`select therapist_id as id from therapist_search_states order by therapist_id desc limit 1`);
  await sql(`update therapist_profiles set languages = array_append(languages, 'tlh') where id = ?`, [id]);
  const [{ bit }] = await sql<{ bit: number }>(`select bit from search_filter_bits where facet = 'language' and value = 'tlh'`);
  expect(bit).toBe(before.language.values);
  expect(await masksOutOfStep()).toEqual([]);
  await expect(sql(`delete from search_filter_bits where facet = 'language' and value = 'tlh'`)).rejects.toThrow(/never changes or goes/);
  await expect(sql(`update search_filter_bits set bit = 60 where facet = 'language' and value = 'tlh'`)).rejects.toThrow(/never changes or goes/);
  await expect(sql(`truncate search_filter_bits`)).rejects.toThrow(/never changes or goes/);
});

it('gives two writers adding new values at once different bits (one numbering at a time)', async () => {
  const [first, second] = [new Client({ connectionString: database.url() }), new Client({ connectionString: database.url() })];
  await Promise.all([first.connect(), second.connect()]);
  try {
    const before = await bitsPerFacet();
    await first.query('begin');
    await first.query(`select search_filter_mask('modality', array['NEW_ONE'])`);
    await second.query('begin');
    // Waits for the first writer's numbering: both would otherwise take the same next bit.
    const waiting = second.query(`select search_filter_mask('modality', array['NEW_TWO'])`);
    await first.query('commit');
    await waiting;
    await second.query('commit');
    const rows = await sql<{ value: string; bit: number }>(`select value, bit from search_filter_bits where facet = 'modality' and value like 'NEW_%' order by value`);
    expect(rows).toEqual([{ value: 'NEW_ONE', bit: before.modality.values }, { value: 'NEW_TWO', bit: before.modality.values + 1 }]);
  } finally {
    await Promise.all([first.end(), second.end()]);
  }
});

it('refuses a 65th value in a facet, naming the facet, and keeps none of that write', async () => {
  const values = Array.from({ length: 65 }, (_, index) => `value-${index}`);
  await expect(sql(`select search_filter_mask('test_facet', array[?]::text[])`, [values])).rejects.toThrow(/the test_facet filter has more than 64 values/);
  const [{ kept }] = await sql<{ kept: number }>(`select count(*)::int as kept from search_filter_bits where facet = 'test_facet'`);
  expect(kept).toBe(0);
});

it('has room in every mask for the taxonomy it holds (64 values a facet)', () => {
  const sizes = {
    concern: CONCERNS.length,
    modality: MODALITIES.length,
    language: LANGUAGES.length,
    community: COMMUNITIES.length,
    age_group: AGE_GROUPS.length,
    format: Object.values(SessionFormat).length,
  };
  for (const size of Object.values(sizes)) expect(size).toBeLessThanOrEqual(64);
  expect(Object.keys(sizes).sort()).toEqual([...new Set(MASKS.map((mask) => mask.facet))].sort());
});
