import { Knex, MikroORM } from '@mikro-orm/postgresql';
import { FixedClock } from '../../../../../test/support/fixed-clock';
import { createTestDatabase, TestDatabase } from '../../../../../test/support/test-database';
import { seedDemoTherapists } from '../../../../../prisma-free-schema/seeders/seed-demo-therapists';
import { buildOrmOptions } from '../../database/mikro-orm.options';
import { PostgresSearchEngine, PostgresSearchOptions } from './postgres-search-engine';
import { Candidate, emptyQuery, rotationFor, SearchQuery } from './search-engine.port';
import { SearchProjection } from './search-projection';

// The search statements read the read model through its indexes: at a seeded size, after
// ANALYZE, no plan scans therapist_search sequentially (issue #12).
const TODAY = '2026-11-25';
const clock = new FixedClock(new Date(`${TODAY}T15:00:00Z`));
const SEEDED = 3_000;
/** A state's text partition this small may be read whole (see withoutSmallStateTextScans). */
const SMALL_PARTITION_PAGES = 64;

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}

/** A node of EXPLAIN ANALYZE's plan. */
interface Analyzed extends Omit<PlanNode, 'Plans'> {
  'Actual Rows': number;
  'Actual Loops': number;
  Plans?: Analyzed[];
}

const scansOf = (node: PlanNode): string[] => [
  ...(node['Relation Name'] ? [`${node['Node Type']} on ${node['Relation Name']}`] : []),
  ...(node.Plans ?? []).flatMap(scansOf),
];

/** Every node of a plan with the node types above it, outermost first. */
interface PlacedNode {
  type: string;
  relation?: string;
  parents: string[];
}
const nodesOf = (node: PlanNode, parents: string[] = []): PlacedNode[] => [
  { type: node['Node Type'], relation: node['Relation Name'], parents },
  ...(node.Plans ?? []).flatMap((child) => nodesOf(child, [...parents, node['Node Type']])),
];

describe('search statements at a seeded size', () => {
  let database: TestDatabase;
  let orm: MikroORM;
  let engine: PostgresSearchEngine;
  let projection: SearchProjection;
  const captured: { sql: string; bindings: readonly Knex.RawBinding[] }[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    orm = await MikroORM.init(buildOrmOptions(database.url));
    await seedDemoTherapists(orm.em.fork(), { count: SEEDED, today: TODAY, seed: 12, adminUserId: null });
    // As autovacuum leaves tables after a bulk load: analyzed, their pages marked all-visible.
    await orm.em.getConnection().execute('vacuum analyze');
    engine = await engineWith();
    projection = new SearchProjection(orm.em.fork(), clock, null as never);
    orm.em.getKnex().on('query', (query: { sql: string; bindings: readonly Knex.RawBinding[] }) => captured.push(query));
  });
  afterAll(async () => {
    await orm?.close(true);
    await database?.drop();
  });

  /** A new engine, holding no state's rows yet, its facet codes' dictionary read (once per engine) before anything measured here. */
  async function engineWith(options: PostgresSearchOptions = {}): Promise<PostgresSearchEngine> {
    const made = new PostgresSearchEngine(orm.em.fork(), clock, options);
    await made.facets(emptyQuery({ jurisdiction: 'NY', formats: ['VIDEO'] }));
    return made;
  }

  /** The plan of each statement `run` sends, as "Node Type on relation" per table it reads. */
  async function plansOf(run: () => Promise<unknown>): Promise<{ sql: string; scans: string[]; nodes: PlacedNode[] }[]> {
    captured.length = 0;
    await run();
    const statements = captured.splice(0);
    const knex = orm.em.getKnex();
    const plans: { sql: string; scans: string[]; nodes: PlacedNode[] }[] = [];
    for (const { sql, bindings } of statements) {
      const [row] = (await knex.raw(`explain (format json) ${sql}`, bindings)).rows as { 'QUERY PLAN': { Plan: PlanNode }[] }[];
      plans.push({ sql, scans: scansOf(row['QUERY PLAN'][0].Plan), nodes: nodesOf(row['QUERY PLAN'][0].Plan) });
    }
    captured.length = 0;
    return plans;
  }

  it('seeded enough listable therapists to make a plan choose', async () => {
    const [{ rows }] = await orm.em.getConnection().execute<{ rows: number }[]>(`select count(*)::int as rows from therapist_search`);
    expect(rows).toBeGreaterThan(SEEDED * 0.8);
  });

  it.each<[string, Partial<SearchQuery>]>([
    ['NY', { jurisdiction: 'NY' }],
    ['CA, anxiety, video', { jurisdiction: 'CA', concerns: ['ANXIETY'], formats: ['VIDEO'] }],
    ['TX, text "trauma"', { jurisdiction: 'TX', text: 'trauma' }],
    ['CA, a name with a typo', { jurisdiction: 'CA', text: 'Esther Halvorsn' }],
    ['NY, <= $120, sliding scale, Spanish', { jurisdiction: 'NY', maxFeeMinor: 12_000, slidingScaleOnly: true, languages: ['es'] }],
    ['NY, accepting, intake-shaped', { jurisdiction: 'NY', formats: ['VIDEO'], languages: ['en'], concerns: ['ANXIETY', 'DEPRESSION', 'STRESS'], maxFeeMinor: 18_000, acceptingNewClients: true }],
    ['NY, insurance', { jurisdiction: 'NY', insurance: 'AETNA' }],
  ])('never scans therapist_search sequentially: %s', async (_name, overrides) => {
    const query = emptyQuery(overrides);
    const plans = await plansOf(() => Promise.all([engine.candidates(query, 400), engine.count(query), engine.facets(query)]));
    expect(plans).toHaveLength(3);
    for (const plan of plans) {
      expect(plan.scans.some((scan) => scan.includes('therapist_search'))).toBe(true);
      const sequential = plan.scans.filter((scan) => scan.startsWith('Seq Scan on therapist_search'));
      expect({ sql: plan.sql, scans: await withoutSmallStateTextScans(sequential) }).toEqual({ sql: plan.sql, scans: [] });
    }
  });

  /**
   * A state's text rows are a partition of their own (migration 20261211000000): at this seeded
   * size, Texas's is a few dozen pages, which the planner rightly reads whole rather than through
   * two GIN indexes. Such a scan passes only while the partition is that small; at 100k (9,668 rows
   * on 627 pages) the plan finds the rows through the partition's indexes (bench/search/README.md).
   */
  async function withoutSmallStateTextScans(scans: string[]): Promise<string[]> {
    const kept: string[] = [];
    for (const scan of scans) {
      const partition = /^Seq Scan on (therapist_search_state_texts_[a-z]+)$/.exec(scan)?.[1];
      const [size] = partition ? await orm.em.getConnection().execute<{ pages: number }[]>(`select relpages as pages from pg_class where relname = ?`, [partition]) : [];
      if (!size || size.pages > SMALL_PARTITION_PAGES) kept.push(scan);
    }
    return kept;
  }

  // "anxiety": a word many documents hold, which made one `name % text or document @@ words` read the partition whole.
  it.each(['trauma', 'anxiety'])("reads a large state's text rows through its partition's indexes, not whole: %s", async (text) => {
    const query = emptyQuery({ jurisdiction: 'TX', text });
    captured.length = 0;
    await engine.candidates(query, 400);
    const [statement] = captured.splice(0);
    // In a transaction rolled back after: Texas's partition grown to about its size at 100k (every
    // listed therapist's text four times over, under new ids, the foreign key's trigger off as a
    // restore does), then the same statement planned.
    const trx = await orm.em.getKnex().transaction();
    try {
      await trx.raw(`set local session_replication_role = replica`);
      await trx.raw(`insert into therapist_search_state_texts (jurisdiction, therapist_id, display_name, search_document)
        select 'TX', gen_random_uuid(), display_name, search_document from therapist_search cross join generate_series(1, 4)`);
      // What autovacuum does after a bulk load: the GIN indexes' pending entries moved into them, statistics read.
      await trx.raw(`select gin_clean_pending_list(i.indexrelid::regclass) from pg_index i join pg_class c on c.oid = i.indexrelid join pg_am a on a.oid = c.relam
        where i.indrelid = 'therapist_search_state_texts_tx'::regclass and a.amname = 'gin'`);
      await trx.raw(`analyze therapist_search_state_texts_tx`);
      const [{ pages }] = (await trx.raw(`select relpages as pages from pg_class where relname = 'therapist_search_state_texts_tx'`)).rows as { pages: number }[];
      expect(pages).toBeGreaterThan(SMALL_PARTITION_PAGES);
      const [row] = (await trx.raw(`explain (format json) ${statement.sql}`, statement.bindings)).rows as { 'QUERY PLAN': { Plan: PlanNode }[] }[];
      // Every read of the partition finds its rows through the words' GIN indexes: a scan of it whole, or
      // along its primary key, tests the name's similarity on every row ("anxiety" here, while name and document were one condition).
      const scans = scansOf(row['QUERY PLAN'][0].Plan).filter((scan) => scan.endsWith('therapist_search_state_texts_tx'));
      expect(scans.length).toBeGreaterThan(0);
      expect(scans).toEqual(scans.map(() => 'Bitmap Heap Scan on therapist_search_state_texts_tx'));
    } finally {
      await trx.rollback();
    }
  });

  it.each<[string, Partial<SearchQuery>]>([
    ['NY, <= $120, sliding scale, Spanish', { jurisdiction: 'NY', maxFeeMinor: 12_000, slidingScaleOnly: true, languages: ['es'] }],
    ['CA, anxiety, video', { jurisdiction: 'CA', concerns: ['ANXIETY'], formats: ['VIDEO'] }],
    ['TX, text "trauma"', { jurisdiction: 'TX', text: 'trauma' }],
    ['NY, accepting, intake-shaped', { jurisdiction: 'NY', formats: ['VIDEO'], languages: ['en'], concerns: ['ANXIETY', 'DEPRESSION', 'STRESS'], maxFeeMinor: 18_000, acceptingNewClients: true }],
  ])("reads a filtered state's rows from the per-state covering index alone, never the table: %s", async (_name, overrides) => {
    const query = emptyQuery(overrides);
    const plans = await plansOf(() => Promise.all([engine.candidates(query, 400), engine.countAndFacets(query)]));
    expect(plans).toHaveLength(2);
    for (const plan of plans) {
      // Candidates without a score read two ranges of the index (from the rotation's start, then before it).
      const states = plan.scans.filter((scan) => scan.endsWith(' on therapist_search_states'));
      expect(states.length).toBeGreaterThan(0);
      expect({ sql: plan.sql, states }).toEqual({ sql: plan.sql, states: states.map(() => 'Index Only Scan on therapist_search_states') });
    }
  });

  /** How many ids a versions statement asks for: its `s.therapist_id = any('{…}'::uuid[])`, or none without that part. */
  function idsAskedIn(sql: string): number {
    const asked = /s\.therapist_id = any\('\{([^}]*)\}'::uuid\[\]\)/.exec(sql);
    if (!asked) return 0;
    return asked[1] === '' ? 0 : asked[1].split(',').length;
  }

  it.each<[string, Partial<SearchQuery>]>([
    ['NY (a whole state)', { jurisdiction: 'NY' }],
    ['NY, accepting (a whole state)', { jurisdiction: 'NY', acceptingNewClients: true }],
    ['CA, anxiety, video', { jurisdiction: 'CA', concerns: ['ANXIETY'], formats: ['VIDEO'] }],
    ['NY, accepting, intake-shaped', { jurisdiction: 'NY', formats: ['VIDEO'], languages: ['en'], concerns: ['ANXIETY', 'DEPRESSION', 'STRESS'], maxFeeMinor: 18_000, acceptingNewClients: true }],
    ['NY, <= $120, sliding scale, Spanish', { jurisdiction: 'NY', maxFeeMinor: 12_000, slidingScaleOnly: true, languages: ['es'] }],
    ['TX, text "trauma"', { jurisdiction: 'TX', text: 'trauma' }],
    ['CA, a name with a typo', { jurisdiction: 'CA', text: 'Esther Halvorsn' }],
  ])("reads a state's rows once from the covering index, then finds and counts a set there with one statement reading none of them (and one finding its words): %s", async (_name, overrides) => {
    // An engine of its own: it holds no state's rows yet (StateRowIndex).
    const fresh = await engineWith();
    const ask = () => fresh.candidatesAndCounts(emptyQuery(overrides), 400, rotationFor('2026-11-25:anonymous'));
    const [load, ...first] = await plansOf(ask);
    const states = load.scans.filter((scan) => scan.endsWith(' on therapist_search_states'));
    expect(states.length).toBeGreaterThan(0);
    expect({ sql: load.sql, states }).toEqual({ sql: load.sql, states: states.map(() => 'Index Only Scan on therapist_search_states') });
    // The second search's words are held with the state's row version (StateRowIndex): no statement finds them.
    for (const [plans, versionsRead, wordsFound] of [[first, true, true], [await plansOf(ask), false, false]] as const) {
      expect(plans).toHaveLength(overrides.text && wordsFound ? 2 : 1);
      if (overrides.text && wordsFound) {
        // The words: found and scored in the state's text partition alone, through its indexes unless it
        // is small, beside the state's row version (a row per state: the statement reads one by key).
        const words = plans.shift()!;
        const partition = `therapist_search_state_texts_${overrides.jurisdiction!.toLowerCase()}`;
        expect(new Set(words.nodes.flatMap((node) => (node.relation ? [node.relation] : [])))).toEqual(new Set([partition, 'therapist_search_row_versions']));
        const seqScans = words.scans.filter((scan) => scan.startsWith('Seq Scan') && !scan.endsWith(' on therapist_search_row_versions'));
        expect(await withoutSmallStateTextScans(seqScans)).toEqual([]);
      }
      const [plan] = plans;
      expect(plan.scans.filter((scan) => scan.endsWith(' on therapist_search_states'))).toEqual([]);
      // The state's version and, the first time, the candidates' row versions by primary key (held after that).
      expect(plan.scans.some((scan) => scan.endsWith(' on therapist_search_state_versions'))).toBe(true);
      expect(plan.scans.some((scan) => scan.endsWith(' on therapist_search'))).toBe(versionsRead);
      expect(plan.scans).not.toContain('Seq Scan on therapist_search');
    }
  });

  /** How many rows of therapist_search the statement reads (EXPLAIN ANALYZE of it, its bindings as sent). */
  async function readModelRowsRead(statement: { sql: string; bindings: readonly Knex.RawBinding[] }): Promise<number> {
    const [row] = (await orm.em.getKnex().raw(`explain (analyze, format json) ${statement.sql}`, statement.bindings)).rows as { 'QUERY PLAN': { Plan: Analyzed }[] }[];
    const read = (node: Analyzed): number =>
      (node['Relation Name'] === 'therapist_search' ? node['Actual Rows'] * node['Actual Loops'] : 0) + (node.Plans ?? []).reduce((sum, child) => sum + read(child), 0);
    return read(row['QUERY PLAN'][0].Plan);
  }

  it.each<[string, Partial<SearchQuery>]>([
    ['NY (a whole state)', { jurisdiction: 'NY' }],
    ['CA, anxiety, video', { jurisdiction: 'CA', concerns: ['ANXIETY'], formats: ['VIDEO'] }],
    ['TX, text "trauma"', { jurisdiction: 'TX', text: 'trauma' }],
  ])("reads and sends the candidates' row versions again only after a write to a row licensed in the state, and then all of them: %s", async (_name, overrides) => {
    const fresh = await engineWith();
    const query = emptyQuery(overrides);
    const rotation = rotationFor('2026-11-25:anonymous');
    /**
     * Per versions statement (those reading the state's row version) the search sent: how many ids it
     * asked versions for (its text as sent, MikroORM inlining parameters) and how many therapist_search rows it read.
     */
    const search = async () => {
      captured.length = 0;
      const { candidates } = await fresh.candidatesAndCounts(query, 400, rotation);
      // Not the words' statement, which reads the state's row version too.
      const statements = captured.splice(0).filter((statement) => statement.sql.includes('therapist_search_row_versions') && !statement.sql.includes('therapist_search_state_texts'));
      const sent = statements.map((statement) => idsAskedIn(statement.sql));
      const read = await Promise.all(statements.map(readModelRowsRead));
      return { candidates, sent, read };
    };
    const first = await search();
    expect(first.candidates.length).toBeGreaterThan(1);
    expect(first).toMatchObject({ sent: [first.candidates.length], read: [first.candidates.length] });
    expect(await search()).toMatchObject({ sent: [0], read: [0] });
    // A booking's mark on one candidate's summary: the search finds the state's row version moved and
    // reads every candidate again, the one written at its new version.
    const [written] = first.candidates;
    await orm.em.getConnection().execute(`update therapist_search set availability_stale = availability_stale where therapist_id = ?`, [written.id]);
    const afterWrite = await search();
    expect(afterWrite).toMatchObject({ sent: [0, first.candidates.length], read: [0, first.candidates.length] });
    const [{ version }] = await orm.em.getConnection().execute<{ version: string }[]>(`select xmin::text || ':' || ctid::text as version from therapist_search where therapist_id = ?`, [written.id]);
    expect(afterWrite.candidates.find(({ id }) => id === written.id)?.rowVersion).toBe(version);
    expect(version).not.toBe(written.rowVersion);
    expect(await search()).toMatchObject({ sent: [0], read: [0] });
    // A write to a row in another state only leaves the versions held.
    const [elsewhere] = await orm.em.getConnection().execute<{ id: string }[]>(
      `select therapist_id as id from therapist_search where not (jurisdictions @> array[?]::text[]) order by therapist_id limit 1`,
      [overrides.jurisdiction],
    );
    await orm.em.getConnection().execute(`update therapist_search set availability_stale = availability_stale where therapist_id = ?`, [elsewhere.id]);
    expect(await search()).toMatchObject({ sent: [0], read: [0] });
  });

  it.each<[string, Partial<SearchQuery>]>([
    ['TX, text "trauma"', { jurisdiction: 'TX', text: 'trauma' }],
    ['CA, a name with a typo', { jurisdiction: 'CA', text: 'Esther Halvorsn' }],
  ])("without a state's rows held in the process (the fallback when they keep changing), finds and counts a filtered set in a state in one statement, from the covering index: %s", async (_name, overrides) => {
    const unheld = await engineWith({ stateIndex: false });
    const plans = await plansOf(() => unheld.candidatesAndCounts(emptyQuery(overrides), 400, rotationFor('2026-11-25:anonymous')));
    expect(plans).toHaveLength(1);
    for (const plan of plans) {
      const states = plan.scans.filter((scan) => scan.endsWith(' on therapist_search_states'));
      expect(states.length).toBeGreaterThan(0);
      expect({ sql: plan.sql, states }).toEqual({ sql: plan.sql, states: states.map(() => 'Index Only Scan on therapist_search_states') });
      expect(plan.scans).not.toContain('Seq Scan on therapist_search');
    }
  });

  it.each<[string, Partial<SearchQuery>]>([
    ['NY', { jurisdiction: 'NY' }],
    ['NY, accepting', { jurisdiction: 'NY', acceptingNewClients: true }],
  ])("without a state's rows held in the process, finds a whole state's first candidates and reads its kept counts in one statement, from the covering index: %s", async (_name, overrides) => {
    const unheld = await engineWith({ stateIndex: false });
    const plans = await plansOf(() => unheld.candidatesAndCounts(emptyQuery(overrides), 400, rotationFor('2026-11-25:anonymous')));
    expect(plans).toHaveLength(1);
    const [plan] = plans;
    expect(plan.scans.some((scan) => scan.endsWith(' on therapist_search_facet_counts'))).toBe(true);
    const states = plan.scans.filter((scan) => scan.endsWith(' on therapist_search_states'));
    expect(states.length).toBeGreaterThan(0);
    expect({ sql: plan.sql, states }).toEqual({ sql: plan.sql, states: states.map(() => 'Index Only Scan on therapist_search_states') });
    expect(plan.scans).not.toContain('Seq Scan on therapist_search');
  });

  it.each<[string, Partial<SearchQuery>]>([
    ['any state, anxiety', { concerns: ['ANXIETY'] }],
    ['any state, a name with a typo', { text: 'Esther Halvorsn' }],
  ])('finds and counts a scored set read from therapist_search in one statement, never scanning it: %s', async (_name, overrides) => {
    const plans = await plansOf(() => engine.candidatesAndCounts(emptyQuery(overrides), 400, rotationFor('2026-11-25:anonymous')));
    expect(plans).toHaveLength(1);
    expect(plans[0].scans.some((scan) => scan.endsWith(' on therapist_search'))).toBe(true);
    expect(plans[0].scans).not.toContain('Seq Scan on therapist_search');
  });

  it("without a state's rows held, matches words naming nothing in the taxonomy in the state's text partition and counts the rows found from the state's rows, reading therapist_search only for the candidates' versions", async () => {
    const unheld = await engineWith({ stateIndex: false });
    const plans = await plansOf(() => unheld.candidatesAndCounts(emptyQuery({ jurisdiction: 'CA', text: 'Esther Halvorsn' }), 400, rotationFor('2026-11-25:anonymous')));
    expect(plans).toHaveLength(1);
    const relations = plans[0].nodes.flatMap((node) => (node.relation?.startsWith('therapist_search') ? [node.relation] : []));
    expect(new Set(relations)).toEqual(new Set(['therapist_search_state_texts_ca', 'therapist_search_states', 'therapist_search']));
    // therapist_search only for the first candidates' row versions, by primary key.
    expect(plans[0].nodes.filter((node) => node.relation === 'therapist_search').map((node) => node.type)).toEqual(['Index Scan']);
  });

  it('estimates a similar name (%) without comparing the text with sampled names at every plan', async () => {
    // pg_trgm's estimate runs similarity() over the column's common values and histogram when it
    // holds at least 100 bounds (about 1 ms a plan at 100k); below that it takes a default share.
    const [{ names }] = await orm.em.getConnection().execute<{ names: number }[]>(`select count(distinct display_name)::int as names from therapist_search_state_texts_ca`);
    expect(names).toBeGreaterThanOrEqual(100);
    const sampled = await orm.em.getConnection().execute<{ table: string; bounds: number | null; common: number | null }[]>(
      `select tablename as table, array_length(histogram_bounds::text::text[], 1) as bounds, array_length(most_common_vals::text::text[], 1) as common
       from pg_stats where attname = 'display_name' and (tablename = 'therapist_search' or tablename like 'therapist\\_search\\_state\\_texts%')`,
    );
    expect(sampled.map(({ table }) => table)).toEqual(expect.arrayContaining(['therapist_search', 'therapist_search_state_texts_ca']));
    expect(sampled.filter(({ bounds, common }) => (bounds ?? 0) >= 100 || (common ?? 0) >= 100)).toEqual([]);
  });

  it.each<[string, Partial<SearchQuery>]>([
    ['NY (a whole state)', { jurisdiction: 'NY' }],
    ['CA, anxiety, video', { jurisdiction: 'CA', concerns: ['ANXIETY'], formats: ['VIDEO'] }],
    ['CA, a name with a typo', { jurisdiction: 'CA', text: 'Esther Halvorsn' }],
    ['any state, anxiety', { concerns: ['ANXIETY'] }],
    ['any state, video', { formats: ['VIDEO'] }],
  ])('gives each candidate found with its counts the version of its read-model row as stored: %s', async (_name, overrides) => {
    const { candidates } = await engine.candidatesAndCounts(emptyQuery(overrides), 400, rotationFor('2026-11-25:anonymous'));
    expect(candidates.length).toBeGreaterThan(0);
    // The statement reading them reads therapist_search by primary key (counting every video row without a state may scan it);
    // an engine of its own, holding no state's candidates' versions yet, reads them.
    const fresh = await engineWith();
    const reading = (await plansOf(() => fresh.candidatesAndCounts(emptyQuery(overrides), 400, rotationFor('2026-11-25:anonymous')))).filter((plan) => plan.sql.includes('xmin'));
    expect(reading).toHaveLength(1);
    expect(reading[0].scans).not.toContain('Seq Scan on therapist_search');
    // Each candidate's version as stored now, beside the one it was given.
    const asStored = async (given: readonly Candidate[]) => {
      const stored = await orm.em.getConnection().execute<{ therapist_id: string; version: string }[]>(
        `select therapist_id, xmin::text || ':' || ctid::text as version from therapist_search where therapist_id = any(?::uuid[])`,
        [`{${given.map(({ id }) => id).join(',')}}`],
      );
      const versions = new Map(stored.map((row) => [row.therapist_id, row.version]));
      return given.map(({ id }) => [id, versions.get(id)]);
    };
    expect(candidates.map(({ id, rowVersion }) => [id, rowVersion])).toEqual(await asStored(candidates));
    // Another rotation of the same set: from the versions this engine holds now, and those it reads for the rest.
    const turned = (await engine.candidatesAndCounts(emptyQuery(overrides), 7, rotationFor('2026-11-25:another client'))).candidates;
    expect(turned.map(({ id, rowVersion }) => [id, rowVersion])).toEqual(await asStored(turned));
    // Alone, candidates carry none: the bench's baseline statement is the engine's own.
    expect((await engine.candidates(emptyQuery(overrides), 400)).some((candidate) => 'rowVersion' in candidate)).toBe(false);
  });

  it.each<[string, Partial<SearchQuery>]>([
    ['NY', { jurisdiction: 'NY' }],
    ['NY, <= $120, sliding scale, Spanish', { jurisdiction: 'NY', maxFeeMinor: 12_000, slidingScaleOnly: true, languages: ['es'] }],
    ['any state, video', { formats: ['VIDEO'] }],
  ])('reads unscored candidates in index order from the rotation, each range stopped at the limit, sorting none but those: %s', async (_name, overrides) => {
    const plans = await plansOf(() => engine.candidates(emptyQuery(overrides), 40, rotationFor('2026-11-25:anonymous')));
    expect(plans).toHaveLength(1);
    const [{ nodes }] = plans;
    // One sort, of at most twice the limit; under it, each range's scan is cut by a limit of its own.
    expect(nodes.filter((node) => node.type === 'Sort')).toHaveLength(1);
    const ranges = nodes.filter((node) => node.type.endsWith('Scan') && node.relation?.startsWith('therapist_search'));
    expect(ranges).toHaveLength(2);
    for (const range of ranges) expect(range.parents).toContain('Limit');
    for (const range of ranges) expect(range.parents.slice(range.parents.lastIndexOf('Limit'))).not.toContain('Sort');
  });

  it('reads the rows of the ranked candidates by primary key', async () => {
    const ids = (await engine.candidates(emptyQuery({ jurisdiction: 'NY' }), 400)).map((candidate) => candidate.id);
    const plans = await plansOf(() => projection.rowsFor(ids));
    expect(plans).toHaveLength(1);
    expect(plans[0].scans).not.toContain('Seq Scan on therapist_search');
  });

  it('with fewer rows kept than a search reads, still gives every row, as read afresh', async () => {
    const tiny = new SearchProjection(orm.em.fork(), clock, null as never, { SEARCH_ROW_CACHE_ROWS: 50 });
    const ids = (await engine.candidates(emptyQuery({ jurisdiction: 'NY' }), 400)).map((candidate) => candidate.id);
    const fresh = await projection.rowsFor(ids);
    expect(fresh.size).toBeGreaterThan(100);
    for (const read of [ids, ids.slice(0, 30), ids]) {
      const rows = await tiny.rowsFor(read);
      expect(new Map([...rows].sort(([a], [b]) => a.localeCompare(b)))).toEqual(new Map([...fresh].filter(([id]) => read.includes(id)).sort(([a], [b]) => a.localeCompare(b))));
    }
  });

  it('with rows kept in the process, reads their versions by primary key, then only rows it lacks', async () => {
    const kept = new SearchProjection(orm.em.fork(), clock, null as never, { SEARCH_ROW_CACHE_ROWS: 1_000 });
    const ids = (await engine.candidates(emptyQuery({ jurisdiction: 'NY' }), 400)).map((candidate) => candidate.id);
    const first = await plansOf(() => kept.rowsFor(ids));
    expect(first).toHaveLength(2);
    for (const plan of first) expect(plan.scans).not.toContain('Seq Scan on therapist_search');
    const again = await plansOf(() => kept.rowsFor(ids));
    expect(again).toHaveLength(1);
    expect(again[0].scans).not.toContain('Seq Scan on therapist_search');
  });
});
