import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { buildOrmOptions } from '../../apps/api/src/database/mikro-orm.options';
import { FacetCodes } from '../../apps/api/src/matching/search/facet-codes';
import { PostgresSearchEngine } from '../../apps/api/src/matching/search/postgres-search-engine';
import { emptyQuery } from '../../apps/api/src/matching/search/search-engine.port';
import { seedDemoTherapists } from '../../prisma-free-schema/seeders/seed-demo-therapists';
import { FixedClock } from '../support/fixed-clock';
import { createTestDatabase, TestDatabase } from '../support/test-database';

// Issue #12: a state row's facet codes (migrations 20261206000000 and 20261207000000) stand for
// its (facet, value) pairs, one character each; a filtered set's facets are counted from them.
// The numbers are given once, without gaps, and kept, so an API process may keep the dictionary; a
// value never seen before is numbered when written.
const TODAY = '2026-11-25';
const clock = new FixedClock(new Date(`${TODAY}T15:00:00Z`));
let database: TestDatabase;
let orm: MikroORM;

const sql = <T extends object>(statement: string, params: unknown[] = []) => orm.em.fork().getConnection().execute<T[]>(statement, params);

async function connect(): Promise<Client> {
  const client = new Client({ connectionString: database.url });
  await client.connect();
  return client;
}

/** A listed therapist licensed in `state`. */
async function someoneIn(state: string): Promise<string> {
  const [row] = await sql<{ id: string }>(`select therapist_id as id from therapist_search_states where jurisdiction = ? order by therapist_id limit 1`, [state]);
  return row.id;
}

beforeAll(async () => {
  database = await createTestDatabase();
  orm = await MikroORM.init(buildOrmOptions(database.url));
  await seedDemoTherapists(orm.em.fork(), { count: 120, today: TODAY, seed: 17, adminUserId: null });
});
afterAll(async () => {
  await orm?.close(true);
  await database?.drop();
});

it("holds, on every state row, exactly the codes of the row's own pairs", async () => {
  const [{ rows, wrong }] = await sql<{ rows: number; wrong: number }>(
    `select count(*)::int as rows, count(*) filter (where p.facet_chars is distinct from (
       select coalesce(string_agg(chr(d.code), '' order by d.code), '')
       from therapist_search_facet_pairs(p.concerns, p.modalities, p.languages, p.formats, p.communities, p.gender, p.price_band) f
       join therapist_search_facet_values d using (facet, value) where f.facet <> 'total'))::int as wrong
     from therapist_search_states p`,
  );
  expect(rows).toBeGreaterThan(100);
  expect(wrong).toBe(0);
});

it('numbers a value nobody listed before when it is written, and counts it in a filtered set', async () => {
  const id = await someoneIn('NY');
  const before = await sql<{ code: number }>(`select code from therapist_search_facet_values where facet = 'language' and value = 'yo'`);
  expect(before).toEqual([]);
  await sql(`update therapist_profiles set languages = array_append(languages, 'yo') where id = ?`, [id]);
  const [{ code }] = await sql<{ code: number }>(`select code from therapist_search_facet_values where facet = 'language' and value = 'yo'`);
  const [row] = await sql<{ chars: string }>(`select facet_chars as chars from therapist_search_states where therapist_id = ? and jurisdiction = 'NY'`, [id]);
  expect([...row.chars].map((char) => char.charCodeAt(0))).toContain(code);

  // An engine that read the dictionary before a value existed reads it again to count it.
  const engine = new PostgresSearchEngine(orm.em.fork(), clock);
  const query = emptyQuery({ jurisdiction: 'NY', formats: ['VIDEO'] });
  expect((await engine.facets(query)).language.map(({ value }) => value)).not.toContain('ha');
  await sql(`update therapist_profiles set languages = array_append(languages, 'ha'), formats = array['VIDEO'] where id = ?`, [id]);
  expect((await engine.facets(query)).language).toContainEqual({ value: 'ha', count: 1 });
});

it('never changes or removes a number: the dictionary refuses updates, deletes and truncation', async () => {
  const [{ code }] = await sql<{ code: number }>(`select min(code)::int as code from therapist_search_facet_values`);
  await expect(sql(`update therapist_search_facet_values set value = 'changed' where code = ?`, [code])).rejects.toThrow(/never changes or goes/);
  await expect(sql(`delete from therapist_search_facet_values where code = ?`, [code])).rejects.toThrow(/never changes or goes/);
  await expect(sql(`truncate therapist_search_facet_values cascade`)).rejects.toThrow(/never changes or goes/);
});

it('fails a repeatable-read writer that cannot see a number another transaction gave, rather than leave the value out', async () => {
  const [first, second] = [await someoneIn('CA'), await someoneIn('TX')];
  const [reader, writer] = [await connect(), await connect()];
  try {
    await reader.query('begin isolation level repeatable read');
    await reader.query('select 1 from therapist_search_facet_values limit 1');
    // Another transaction numbers a new value and commits.
    await writer.query(`update therapist_profiles set languages = array_append(languages, 'ff') where id = $1`, [first]);
    // This snapshot cannot see that number: writing the same value must fail, not drop it.
    await expect(reader.query(`update therapist_profiles set languages = array_append(languages, 'ff') where id = $1`, [second])).rejects.toMatchObject({ code: '40001' });
  } finally {
    await reader.query('rollback');
    await Promise.all([reader.end(), writer.end()]);
  }
  const [row] = await sql<{ codes: number }>(
    `select count(*)::int as codes from therapist_search_states s join therapist_search_facet_values d on d.facet = 'language' and d.value = 'ff'
     where s.therapist_id = ? and position(chr(d.code) in s.facet_chars) > 0`,
    [first],
  );
  expect(row.codes).toBeGreaterThan(0);
});

it('numbers the values 1 to n: none is wasted on a value that already had one', async () => {
  const [{ values, lowest, highest }] = await sql<{ values: number; lowest: number; highest: number }>(
    `select count(*)::int as values, min(code)::int as lowest, max(code)::int as highest from therapist_search_facet_values`,
  );
  // 120 therapists wrote rows whose pairs were mostly numbered already.
  expect(values).toBeGreaterThan(50);
  expect([lowest, highest]).toEqual([1, values]);
});

it('counts a value whose code is past 127, two bytes in UTF-8', async () => {
  const [{ jurisdiction, id }] = await sql<{ jurisdiction: string; id: string }>(
    `select jurisdiction, therapist_id as id from therapist_search_states where jurisdiction <> 'NY' order by therapist_id limit 1`,
  );
  await sql(`insert into therapist_search_facet_values (facet, value) select 'language', 'padding-' || n from generate_series(1, 130) n`);
  await sql(`update therapist_profiles set languages = array_append(languages, 'tlh'), formats = array['PHONE'] where id = ?`, [id]);
  const [{ code }] = await sql<{ code: number }>(`select code from therapist_search_facet_values where facet = 'language' and value = 'tlh'`);
  expect(code).toBeGreaterThan(127);
  const [{ bytes }] = await sql<{ bytes: number }>(`select octet_length(chr(?::int))::int as bytes`, [code]);
  expect(bytes).toBe(2);

  const engine = new PostgresSearchEngine(orm.em.fork(), clock);
  const query = emptyQuery({ jurisdiction, formats: ['PHONE'] });
  const counted = await engine.countAndFacets(query);
  expect(counted.total).toBeGreaterThan(0);
  expect(counted.facets.language).toContainEqual({ value: 'tlh', count: 1 });
  expect(counted.facets.format).toContainEqual({ value: 'PHONE', count: counted.total });
});

describe('FacetCodes', () => {
  it('counts codes given as characters, with the total as given', async () => {
    const dictionary = await sql<{ code: number; facet: string; value: string }>(`select code, facet, value from therapist_search_facet_values order by code limit 2`);
    const chars = String.fromCharCode(dictionary[0].code, dictionary[1].code, dictionary[0].code);
    const counts = await new FacetCodes(orm.em.fork()).count(7, chars);
    expect(counts.get('total')).toEqual(new Map([['', 7]]));
    const flat = [...counts].flatMap(([facet, values]) => [...values].map(([value, count]) => `${facet}:${value}:${count}`)).sort();
    expect(flat).toEqual([`${dictionary[0].facet}:${dictionary[0].value}:2`, `${dictionary[1].facet}:${dictionary[1].value}:1`, 'total::7'].sort());
    expect(await new FacetCodes(orm.em.fork()).count(0, null)).toEqual(new Map([['total', new Map([['', 0]])]]));
  });

  it('refuses a code the dictionary has never held', async () => {
    const codes = new FacetCodes(orm.em.fork());
    await expect(codes.count(1, String.fromCharCode(32_000))).rejects.toThrow('facet code 32000 is not in therapist_search_facet_values');
  });
});
