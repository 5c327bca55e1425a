import { SearchProjection } from '../../apps/api/src/matching/search/search-projection';
import { SearchWarmUp } from '../../apps/api/src/matching/search/search-warm-up';
import { FixedClock } from '../support/fixed-clock';
import { graphql } from '../support/graphql-client';
import { startTestApp, TestApp } from '../support/test-app';
import { seedListedTherapists } from '../support/therapists';

// Issue #12: a process just started read every state's rows and most of a search's 400 candidates'
// read-model rows at its first searches (a state's first search p50 95-101 ms at 100k, against 32-33
// once warmed). SearchWarmUp reads them ahead; what it holds must never change an answer.
const TODAY = '2026-11-25';
const clock = new FixedClock(new Date(`${TODAY}T15:00:00Z`));
const TIME_ZONE = 'America/New_York';
const SEARCH = `query ($input: SearchTherapistsInput!) { searchTherapists(input: $input) { total items { therapist { id acceptsNewClients } } } }`;
/** What StateRowIndex reads for a state it does not hold, and what SearchProjection reads for rows it does not hold. */
const READS_STATE_ROWS = /from therapist_search_states where jurisdiction = '[A-Z]+'\) as rows/;
const READS_WHOLE_ROWS = /to_json\(open_slot_starts\) as open_slot_starts[\s\S]*from therapist_search where therapist_id = any/;

let app: TestApp;

const sql = <T extends object>(statement: string, params: unknown[] = []) => app.em().getConnection().execute<T[]>(statement, params);

/** `work`'s statements (every statement the app's knex sends meanwhile; one request at a time). */
async function statementsOf(target: TestApp, work: () => Promise<unknown>): Promise<string[]> {
  const knex = target.em().getKnex();
  const sent: string[] = [];
  const listener = (query: { sql: string }) => sent.push(query.sql);
  knex.on('query', listener);
  try {
    await work();
  } finally {
    knex.removeListener('query', listener);
  }
  return sent;
}

async function search(target: TestApp, input: Record<string, unknown>): Promise<{ total: number; items: { therapist: { id: string; acceptsNewClients: boolean } }[] }> {
  const response = await graphql(target.baseUrl, SEARCH, { input: { timeZone: TIME_ZONE, first: 50, ...input } });
  expect(response.errors).toBeUndefined();
  return response.data!.searchTherapists as never;
}

/** Listed states, most therapists first. */
async function statesBySize(): Promise<string[]> {
  const rows = await sql<{ jurisdiction: string }>(`select jurisdiction from therapist_search_states group by jurisdiction order by count(*) desc, jurisdiction`);
  return rows.map((row) => row.jurisdiction);
}

beforeAll(async () => {
  // The search cache off: every search computes its answer, as one with words nobody typed does.
  app = await startTestApp({ clock, env: { SEARCH_CACHE_SECONDS: '0' } });
  await seedListedTherapists(app, { count: 240, today: TODAY, seed: 29 });
});
afterAll(() => app.close());

describe('a warmed process', () => {
  let states: string[];

  beforeAll(async () => {
    states = await statesBySize();
    expect(states.length).toBeGreaterThanOrEqual(3);
  });

  it('reads a state\'s rows and its candidates\' rows at its first search before the warm-up (the control)', async () => {
    const sent = await statementsOf(app, () => search(app, { jurisdiction: states[2] }));
    expect(sent.filter((statement) => READS_STATE_ROWS.test(statement))).toHaveLength(1);
    expect(sent.filter((statement) => READS_WHOLE_ROWS.test(statement))).toHaveLength(1);
  });

  it('holds every state\'s rows and every listed read-model row, and a state\'s first search then reads neither', async () => {
    const warmth = await app.app.get(SearchWarmUp).start();
    const [{ stateRows, listed, searched }] = await sql<{ stateRows: number; listed: number; searched: number }>(
      `select (select count(*) from therapist_search_states where jurisdiction <> ?)::int as "stateRows",
         (select count(*) from therapist_search where latest_license_expiry >= ?)::int as listed,
         (select count(*) from therapist_search where ? = any(jurisdictions))::int as searched`,
      [states[2], TODAY, states[2]],
    );
    // The state the control searched was held already, and so were its candidates' rows.
    expect(warmth).toMatchObject({ stateRows, projectionRows: listed - searched });
    expect(warmth!.projectionRows).toBeGreaterThan(100);
    // A second call is the same run.
    await expect(app.app.get(SearchWarmUp).start()).resolves.toBe(warmth);

    for (const [jurisdiction, text] of [[states[0], null], [states[1], 'anxiety']] as const) {
      const sent = await statementsOf(app, () => search(app, { jurisdiction, text }));
      expect(sent.filter((statement) => READS_STATE_ROWS.test(statement) || READS_WHOLE_ROWS.test(statement))).toEqual([]);
    }
  });

  it('reads again the one row written since, and answers with it', async () => {
    // Whether a therapist is listed as accepting comes from their read-model row (the row cache's).
    const before = await search(app, { jurisdiction: states[0] });
    const changed = before.items.find((item) => item.therapist.acceptsNewClients)!.therapist;
    // A profile write: the read model's triggers write its row in the same transaction.
    await sql(`update therapist_profiles set accepts_new_clients = false where id = ?`, [changed.id]);

    const sent = await statementsOf(app, async () => {
      const after = await search(app, { jurisdiction: states[0] });
      expect(after.items.find((item) => item.therapist.id === changed.id)?.therapist.acceptsNewClients).toBe(false);
      expect(after.total).toBe(before.total);
    });
    // MikroORM inlines parameters: the ids asked are the statement's array literal.
    const asked = sent.filter((statement) => READS_WHOLE_ROWS.test(statement)).map((statement) => /= any\('\{([^}]*)\}'::uuid\[\]\)/.exec(statement)?.[1]);
    expect(asked).toEqual([changed.id]);
  });
});

describe('a process whose row cache holds fewer rows than are listed', () => {
  let small: TestApp;

  beforeAll(async () => {
    small = await startTestApp({ clock, env: { SEARCH_CACHE_SECONDS: '0', SEARCH_ROW_CACHE_ROWS: '30' } });
    await seedListedTherapists(small, { count: 60, today: TODAY, seed: 31 });
  });
  afterAll(() => small.close());

  it('stops between statements once told to, and warms only up to its capacity', async () => {
    // Told to stop while its first batch is read: that batch is kept, no other is read.
    const stop = new AbortController();
    const knex = small.em().getKnex();
    const abortAtFirstRead = (query: { sql: string }) => {
      if (/from therapist_search where therapist_id > /.test(query.sql)) stop.abort();
    };
    knex.on('query', abortAtFirstRead);
    const projection = small.app.get(SearchProjection);
    try {
      await expect(projection.warmRowCache({ batch: 10, signal: stop.signal })).resolves.toBe(10);
    } finally {
      knex.removeListener('query', abortAtFirstRead);
    }
    const warmth = await small.app.get(SearchWarmUp).start();
    expect(warmth?.projectionRows).toBe(20);
  });

  it('never starts once the process is shutting down', async () => {
    const other = await startTestApp({ clock, env: { SEARCH_CACHE_SECONDS: '0' } });
    try {
      const warmUp = other.app.get(SearchWarmUp);
      await warmUp.beforeApplicationShutdown();
      const sent = await statementsOf(other, async () => expect(await warmUp.start()).toBeNull());
      expect(sent).toEqual([]);
    } finally {
      await other.close();
    }
  });
});
