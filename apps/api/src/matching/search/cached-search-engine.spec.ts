import { Knex, MikroORM } from '@mikro-orm/postgresql';
import { durationMs } from '@rapport/domain';
import { FixedClock } from '../../../../../test/support/fixed-clock';
import { createTestDatabase, TestDatabase } from '../../../../../test/support/test-database';
import { seedDemoTherapists } from '../../../../../prisma-free-schema/seeders/seed-demo-therapists';
import { loadConfig } from '../../config/config.schema';
import { buildOrmOptions } from '../../database/mikro-orm.options';
import { CachedSearchEngine, withResultCache } from './cached-search-engine';
import { SearchChanges } from './search-cache';
import { PostgresSearchEngine } from './postgres-search-engine';
import { emptyQuery, SearchEngine } from './search-engine.port';

// Search answers kept per query while the read model is unchanged (issue #12): every committed
// change that a search reads ends the reuse; summary-only changes and other queries do not.
const TODAY = '2026-11-25';
const clock = new FixedClock(new Date(`${TODAY}T15:00:00Z`));
const NY = emptyQuery({ jurisdiction: 'NY' });
const NY_CBT = emptyQuery({ jurisdiction: 'NY', modalities: ['CBT'] });
const A_MINUTE_MS = durationMs({ minutes: 1 });

describe('CachedSearchEngine', () => {
  let database: TestDatabase;
  let orm: MikroORM;
  let cached: CachedSearchEngine;
  const statements: string[] = [];
  const sql = (text: string, params: unknown[] = []) => orm.em.getConnection().execute(text, params);

  beforeAll(async () => {
    database = await createTestDatabase();
    orm = await MikroORM.init(buildOrmOptions(database.url));
    await seedDemoTherapists(orm.em.fork(), { count: 60, today: TODAY, seed: 7, adminUserId: null });
    orm.em.getKnex().on('query', (query: { sql: string; bindings: readonly Knex.RawBinding[] }) => statements.push(query.sql));
  });
  afterAll(async () => {
    await orm?.close(true);
    await database?.drop();
  });
  beforeEach(() => {
    clock.set(`${TODAY}T15:00:00Z`);
    cached = new CachedSearchEngine(new PostgresSearchEngine(orm.em.fork(), clock), new SearchChanges(orm.em.fork(), clock), clock, A_MINUTE_MS);
  });

  /** What one call sent to the database, less the counter read every call makes and the facet codes' dictionary (read once per engine). */
  async function engineStatements(run: () => Promise<unknown>): Promise<string[]> {
    statements.length = 0;
    await run();
    return statements.splice(0).filter((text) => !text.includes('therapist_search_changes') && !text.includes('from therapist_search_facet_values'));
  }

  const search = (engine: SearchEngine, query = NY) => Promise.all([engine.candidates(query, 400), engine.countAndFacets(query)]);

  it('answers a repeated query without the engine, with what the engine answered', async () => {
    const fresh = await search(cached);
    expect(fresh[0].length).toBeGreaterThan(0);
    expect(await engineStatements(() => search(cached))).toEqual([]);
    expect(await search(cached)).toEqual(fresh);
    expect(await search(new PostgresSearchEngine(orm.em.fork(), clock))).toEqual(fresh);
  });

  it('keeps candidates and counts asked together under the keys each has alone, and runs the engine once for both', async () => {
    const NY_ANXIETY = emptyQuery({ jurisdiction: 'NY', concerns: ['ANXIETY'] });
    // The engine reads New York's rows once, by the first set it answers there (StateRowIndex) ...
    expect(await engineStatements(() => cached.candidatesAndCounts(emptyQuery({ jurisdiction: 'NY', languages: ['en'] }), 400))).toHaveLength(2);
    const fresh = await engineStatements(() => cached.candidatesAndCounts(NY_ANXIETY, 400));
    // ... then one statement: a set in a state is found and counted in one pass.
    expect(fresh).toHaveLength(1);
    expect(await engineStatements(() => Promise.all([cached.candidates(NY_ANXIETY, 400), cached.countAndFacets(NY_ANXIETY)]))).toEqual([]);
    // Asked alone first, both parts are then kept for the call asking together.
    await Promise.all([cached.candidates(NY_CBT, 400), cached.countAndFacets(NY_CBT)]);
    expect(await engineStatements(() => cached.candidatesAndCounts(NY_CBT, 400))).toEqual([]);
    const direct = new PostgresSearchEngine(orm.em.fork(), clock);
    expect(await cached.candidatesAndCounts(NY_ANXIETY, 400)).toEqual({ candidates: await direct.candidates(NY_ANXIETY, 400), ...(await direct.countAndFacets(NY_ANXIETY)) });
  });

  it('reads the counter once for the calls made together, and again for a later call', async () => {
    const counterReads = async (run: () => Promise<unknown>) => {
      statements.length = 0;
      await run();
      return statements.splice(0).filter((text) => text.includes('therapist_search_changes')).length;
    };
    expect(await counterReads(() => search(cached))).toBe(1);
    expect(await counterReads(async () => {
      await cached.count(NY);
      await cached.count(NY);
    })).toBe(2);
  });

  it('keeps each query, limit and kind apart', async () => {
    await search(cached);
    expect(await engineStatements(() => search(cached, NY_CBT))).toHaveLength(2);
    expect(await engineStatements(() => cached.candidates(NY, 5))).toHaveLength(1);
    expect(await engineStatements(() => cached.count(NY))).toHaveLength(1);
    expect(await engineStatements(() => Promise.all([search(cached), search(cached, NY_CBT), cached.candidates(NY, 5), cached.count(NY)]))).toEqual([]);
  });

  it('computes afresh once a change a search reads commits, and shows it', async () => {
    const [candidates] = await search(cached);
    const [therapistId] = candidates.map((candidate) => candidate.id);
    const before = (await cached.countAndFacets(NY)).total;
    // An admin suspends the therapist: the triggers remove their row.
    await sql(`update therapist_profiles set status = 'SUSPENDED', suspension_reason = 'License under review' where id = ?`, [therapistId]);
    const after = await search(cached);
    expect(after[0].map((candidate) => candidate.id)).not.toContain(therapistId);
    expect(after[1].total).toBe(before - 1);
    expect(after).toEqual(await search(new PostgresSearchEngine(orm.em.fork(), clock)));
  });

  it('does not count a change still uncommitted, and counts it at commit', async () => {
    await search(cached);
    const connection = orm.em.fork().getConnection();
    const trx = await connection.begin();
    await connection.execute(`update therapist_search set modalities = array['CBT', 'EMDR', 'DBT'] where therapist_id = (select therapist_id from therapist_search order by therapist_id limit 1)`, [], 'all', trx);
    expect(await engineStatements(() => search(cached))).toEqual([]);
    await connection.commit(trx);
    expect(await engineStatements(() => search(cached))).toHaveLength(2);
  });

  it('keeps answers through changes to the availability summary alone, which no cached part reads', async () => {
    await search(cached);
    await sql(`update therapist_search set availability_stale = true, availability_version = availability_version + 1, open_slot_starts = '{}'`);
    expect(await engineStatements(() => search(cached))).toEqual([]);
  });

  it('gives the row versions its engine read only to the call that computed them: a summary change moves them, not the counter', async () => {
    const NY_ANXIETY = emptyQuery({ jurisdiction: 'NY', concerns: ['ANXIETY'] });
    const computed = await cached.candidatesAndCounts(NY_ANXIETY, 400);
    expect(computed.candidates.length).toBeGreaterThan(0);
    expect(computed.candidates.every((candidate) => typeof candidate.rowVersion === 'string')).toBe(true);
    await sql(`update therapist_search set availability_stale = true, availability_version = availability_version + 1`);
    const kept = await cached.candidatesAndCounts(NY_ANXIETY, 400);
    expect(kept.candidates).toEqual(computed.candidates.map(({ id, textRelevance }) => ({ id, textRelevance })));
    expect(await cached.candidates(NY_ANXIETY, 400)).toEqual(kept.candidates);
  });

  it('computes afresh on a new day (licenses lapse by the calendar) and after the time limit', async () => {
    await search(cached);
    clock.set('2026-11-26T00:00:01Z');
    expect(await engineStatements(() => search(cached))).toHaveLength(2);
    const shortLived = new CachedSearchEngine(new PostgresSearchEngine(orm.em.fork(), clock), new SearchChanges(orm.em.fork(), clock), clock, 0);
    await search(shortLived);
    expect(await engineStatements(() => search(shortLived))).toHaveLength(2);
  });

  it('keeps at most maxEntries queries, dropping the least recently used', async () => {
    const small = new CachedSearchEngine(new PostgresSearchEngine(orm.em.fork(), clock), new SearchChanges(orm.em.fork(), clock), clock, A_MINUTE_MS, 2);
    await small.count(NY);
    await small.count(NY_CBT);
    await small.count(NY);
    await small.count(emptyQuery({ jurisdiction: 'CA' }));
    expect(small.size).toBe(2);
    expect(await engineStatements(() => small.count(NY))).toEqual([]);
    expect(await engineStatements(() => small.count(NY_CBT))).toHaveLength(1);
  });

  it('wraps only the Postgres engine, and not with SEARCH_CACHE_SECONDS=0', () => {
    const postgres = new PostgresSearchEngine(orm.em.fork(), clock);
    expect(withResultCache(postgres, loadConfig({}), new SearchChanges(orm.em, clock), clock)).toBeInstanceOf(CachedSearchEngine);
    expect(withResultCache(postgres, loadConfig({ SEARCH_CACHE_SECONDS: '0' }), new SearchChanges(orm.em, clock), clock)).toBe(postgres);
    const meilisearch = Object.assign(Object.create(SearchEngine.prototype) as SearchEngine, { name: 'meilisearch' });
    expect(withResultCache(meilisearch, loadConfig({}), new SearchChanges(orm.em, clock), clock)).toBe(meilisearch);
  });
});
