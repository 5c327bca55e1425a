import { Knex } from '@mikro-orm/postgresql';
import { RankingCache, RankingChangeLog, SEARCH_VERSIONS, SearchChanges } from '../../apps/api/src/matching/search/search-cache';
import { FixedClock } from '../support/fixed-clock';
import { graphql } from '../support/graphql-client';
import { settleBookingWork } from '../support/settle';
import { startTestApp, TestApp } from '../support/test-app';
import { seedListedTherapists } from '../support/therapists';

// Issue #12: a ranked search is kept per process (RankingCache) while nothing it was computed
// from has changed, so a repeated search or its next page costs the page's profiles alone. It
// must never show what a fresh computation would not: a summary change, a rating (alliance.e2e)
// and the clock passing an open time each end it.
const TODAY = '2026-11-25';
// Off the minute: summary starts are whole minutes, so no open time sits exactly at "now".
const clock = new FixedClock(new Date(`${TODAY}T15:00:07Z`));
let app: TestApp;

const SEARCH = `query ($input: SearchTherapistsInput!) { searchTherapists(input: $input) {
  total nextCursor items { therapist { id displayName } score reasons { text } nextSlots { startsAt } } } }`;
const NY = { jurisdiction: 'NY', timeZone: 'America/New_York' };

interface Item {
  therapist: { id: string; displayName: string };
  score: number;
  reasons: { text: string }[];
  nextSlots: { startsAt: string }[];
}

async function search(input: Record<string, unknown>): Promise<{ total: number; nextCursor: string | null; items: Item[] }> {
  const response = await graphql(app.baseUrl, SEARCH, { input });
  expect(response.errors).toBeUndefined();
  return response.data!.searchTherapists;
}

/** A statement of the engine in a state: reading its rows, or (rows held) its version. */
const ENGINE_STATEMENT = /from "?therapist_search_states"?\b|from therapist_search_state_versions\b/;

/**
 * The search, and whether the engine computed it (its candidates, and so the ranking's input, read
 * afresh): a state's set sends one statement reading the state's version (two when the state's rows
 * were written since its last search), or reads the state's rows first; another set reads its
 * candidates' row versions (xmin) with them or in a statement of their own. Whole read-model rows
 * (to_json of their arrays) are not the engine's.
 */
async function searchCountingComputed(input: Record<string, unknown>) {
  const knex = app.em().getKnex();
  let statements = 0;
  const listener = (query: { sql: string; bindings: readonly Knex.RawBinding[] }) => {
    if (ENGINE_STATEMENT.test(query.sql) || (/xmin::text/.test(query.sql) && !/to_json\(/.test(query.sql))) statements += 1;
  };
  knex.on('query', listener);
  try {
    return { result: await search(input), computed: statements > 0 };
  } finally {
    knex.removeListener('query', listener);
  }
}
const sql = (text: string, params: unknown[] = []) => app.em().getConnection().execute(text, params);

beforeAll(async () => {
  app = await startTestApp({ clock });
  await seedListedTherapists(app, { count: 150, today: TODAY, seed: 11 });
}, 180_000);
afterAll(() => app.close());
beforeEach(() => clock.set(`${TODAY}T15:00:07Z`));

it('answers a repeated search and its next page from the kept ranking, the same as computed', async () => {
  const computed = await searchCountingComputed({ ...NY, first: 20 });
  expect(computed.computed).toBe(true);
  expect(computed.result.items).toHaveLength(20);
  const again = await searchCountingComputed({ ...NY, first: 20 });
  expect(again).toEqual({ result: computed.result, computed: false });
  const firstPage = await searchCountingComputed({ ...NY, first: 10 });
  const secondPage = await searchCountingComputed({ ...NY, first: 10, after: firstPage.result.nextCursor });
  expect([firstPage.computed, secondPage.computed]).toEqual([false, false]);
  expect([...firstPage.result.items, ...secondPage.result.items]).toEqual(computed.result.items);
});

it('keeps other queries apart', async () => {
  await search(NY);
  const other = await searchCountingComputed({ ...NY, concerns: ['GRIEF'] });
  expect(other.computed).toBe(true);
  expect(other.result.items.every((item) => item.reasons.some((reason) => /grief/i.test(reason.text)))).toBe(true);
});

it('computes afresh once an availability summary changes, and shows the change', async () => {
  const before = await search(NY);
  const top = before.items.find((item) => item.nextSlots.length > 0)!;
  // What the outbox's recompute writes after the therapist's last open time is booked.
  await sql(`update therapist_search set open_slot_starts = '{}', next_open_at = null where therapist_id = ?`, [top.therapist.id]);
  const after = await searchCountingComputed(NY);
  expect(after.computed).toBe(true);
  const moved = after.result.items.find((item) => item.therapist.id === top.therapist.id);
  expect(moved?.nextSlots ?? []).toEqual([]);
});

it('computes afresh when the clock reaches an open time it shows, which is then gone', async () => {
  const [top] = (await search(NY)).items;
  // An open time at 16:00 today with no notice: from 16:00 on (the same UTC day, the same
  // counters) a kept ranking would still show it.
  await sql(
    `update therapist_search set open_slot_starts = array[(extract(epoch from timestamptz '${TODAY}T16:00:00Z') / 60)::int] || open_slot_starts, minimum_notice_minutes = 0 where therapist_id = ?`,
    [top.therapist.id],
  );
  const startsOf = (items: Item[]) => items.find((item) => item.therapist.id === top.therapist.id)?.nextSlots.map((slot) => slot.startsAt) ?? [];
  const computed = await searchCountingComputed({ ...NY, first: 50 });
  expect(computed.computed).toBe(true);
  expect(startsOf(computed.result.items)[0]).toBe(`${TODAY}T16:00:00.000Z`);
  // Open times and notices are whole minutes: no candidate's window changes before 15:01.
  clock.set(`${TODAY}T15:00:50Z`);
  expect((await searchCountingComputed({ ...NY, first: 50 })).computed).toBe(false);
  clock.set(`${TODAY}T16:00:01Z`);
  const after = await searchCountingComputed({ ...NY, first: 50 });
  expect(after.computed).toBe(true);
  expect(startsOf(after.result.items)).not.toContain(`${TODAY}T16:00:00.000Z`);
});

it('a search computed afresh reads the counters once, in the statement of its rate-limit hit, for every cache it goes through', async () => {
  // Earlier tests wrote New York's rows: this search holds its candidates' row versions again under
  // the state's row version as it is now (a search finding it moved reads them in a second statement).
  await search({ ...NY, maxFeeMinor: 17_200, first: 10 });
  const knex = app.em().getKnex();
  const statements: string[] = [];
  const listener = (query: { sql: string }) => statements.push(query.sql);
  knex.on('query', listener);
  try {
    // Filters no earlier test asked: no whole answer, ranking or engine answer is kept for them.
    await search({ ...NY, maxFeeMinor: 17_300, first: 10 });
  } finally {
    knex.removeListener('query', listener);
  }
  expect(statements.filter((text) => text.includes('pg_sequence_last_value'))).toHaveLength(1);
  // Its engine's one statement: New York's rows are held since the file's first search (StateRowIndex),
  // so the statement reads their version, and the candidates' row versions, where it read the rows.
  expect(statements.filter((text) => ENGINE_STATEMENT.test(text))).toHaveLength(1);
});

it("a kept ranking answers with its set's total and facets: one counter read, then the page alone", async () => {
  const COUNTED = `query ($input: SearchTherapistsInput!) { searchTherapists(input: $input) {
    total items { therapist { id } } facets { language { value count } format { value count } } } }`;
  type Counted = { total: number; items: { therapist: { id: string } }[]; facets: { language: { value: string; count: number }[] } };
  const counted = async (first: number) => {
    const response = await graphql(app.baseUrl, COUNTED, { input: { ...NY, first } });
    expect(response.errors).toBeUndefined();
    return response.data!.searchTherapists as Counted;
  };
  const computed = await counted(20);
  const knex = app.em().getKnex();
  const statements: string[] = [];
  const listener = (query: { sql: string }) => statements.push(query.sql);
  knex.on('query', listener);
  let again: Counted;
  try {
    // Another page size: not a repeated request (KeptSearchResponses), the same ranking.
    again = await counted(19);
  } finally {
    knex.removeListener('query', listener);
  }
  expect(again).toEqual({ ...computed, items: computed.items.slice(0, 19) });
  // The counters once, in the rate limit's statement (KeptSearchResponses reads them there for the
  // request), which the ranking's stamp reuses: no statement of their own, and no engine statement.
  expect(statements.filter((text) => text.includes('pg_sequence_last_value'))).toHaveLength(1);
  expect(statements.filter((text) => text === `select ${SEARCH_VERSIONS.columns}`)).toEqual([]);
  expect(statements.filter((text) => /from "?therapist_search(_facet_counts)?"?\b/.test(text))).toEqual([]);
  // A change to the set's rows moves the search counter: the next answer counts afresh.
  const [{ value: language, count }] = computed.facets.language.filter((facet) => facet.count < computed.total);
  const [{ therapist_id: without }] = await sql(
    `select therapist_id from therapist_search where 'NY' = any(jurisdictions) and not (? = any(languages)) and therapist_id in (?) limit 1`,
    [language, computed.items.map((item) => item.therapist.id)],
  );
  await sql(`update therapist_search set languages = languages || array[?] where therapist_id = ?`, [language, without]);
  const after = await counted(18);
  expect(after.facets.language.find((facet) => facet.value === language)?.count).toBe(count + 1);
});

it('a profile edit shows at once: the page is read for every search', async () => {
  const before = await search(NY);
  const [first] = before.items;
  await sql(`update therapist_profiles set display_name = 'Dr. Renamed Today' where id = ?`, [first.therapist.id]);
  const after = await search(NY);
  expect(after.items.find((item) => item.therapist.id === first.therapist.id)?.therapist.displayName).toBe('Dr. Renamed Today');
});

describe('RankingCache', () => {
  let computed = 0;
  /** Every listed therapist: a ranking that read them all, so any change to open times may matter to it. */
  let everyone: Set<string>;
  const compute = (validUntilMs: number, therapists?: ReadonlySet<string>) => async () => {
    computed += 1;
    return { value: computed, validUntilMs, therapists: therapists ?? everyone };
  };
  const rankingCache = (config: { SEARCH_CACHE_SECONDS: number; SEARCH_AVAILABILITY_LAG_SECONDS?: number }, engineName = 'postgres') =>
    new RankingCache(app.app.get(SearchChanges), clock, config, engineName, app.app.get(RankingChangeLog));
  beforeEach(async () => {
    everyone = new Set((await sql(`select therapist_id from therapist_search`)).map((row) => row.therapist_id as string));
    computed = 0;
    // Work the tests above left to the outbox (a summary recomputed) must not move a counter mid-test.
    await settleBookingWork(app);
  });

  it('keeps nothing with SEARCH_CACHE_SECONDS=0 or for Meilisearch, whose answers lag the counters', async () => {
    for (const cache of [rankingCache({ SEARCH_CACHE_SECONDS: 0 }), rankingCache({ SEARCH_CACHE_SECONDS: 60 }, 'meilisearch')]) {
      await cache.rank('key', compute(Number.POSITIVE_INFINITY));
      await cache.rank('key', compute(Number.POSITIVE_INFINITY));
      expect(cache.size).toBe(0);
    }
    expect(computed).toBe(4);
  });

  it('with SEARCH_AVAILABILITY_LAG_SECONDS, reuses a ranking that long after the ranking counter moved, not after the search counter', async () => {
    const cache = rankingCache({ SEARCH_CACHE_SECONDS: 60, SEARCH_AVAILABILITY_LAG_SECONDS: 30 });
    const forever = Number.POSITIVE_INFINITY;
    expect(await cache.rank('key', compute(forever))).toBe(1);
    // An availability summary changes: the ranking counter moves.
    await sql(`update therapist_search set open_slot_starts = open_slot_starts[2:] where therapist_id = (select therapist_id from therapist_search order by therapist_id limit 1)`);
    clock.set(`${TODAY}T15:00:36.999Z`);
    expect(await cache.rank('key', compute(forever))).toBe(1);
    clock.set(`${TODAY}T15:00:37Z`);
    expect(await cache.rank('key', compute(forever))).toBe(2);
    // A change a search reads (here a fee) moves the search counter: computed at once.
    await sql(`update therapist_profiles set fee_minor = fee_minor + 100 where id = (select therapist_id from therapist_search order by therapist_id limit 1)`);
    expect(await cache.rank('key', compute(forever))).toBe(3);
  });

  it("keeps a state's ranking while open times change only outside its group's states; a ranking in no state follows every change", async () => {
    const cache = rankingCache({ SEARCH_CACHE_SECONDS: 60 });
    const forever = Number.POSITIVE_INFINITY;
    const booked = async (where: string) => {
      const [{ therapist_id: id }] = await sql(`select therapist_id from therapist_search s where cardinality(open_slot_starts) > 1 and ${where} limit 1`);
      await sql(`update therapist_search set open_slot_starts = open_slot_starts[2:] where therapist_id = ?`, [id]);
    };
    const elsewhere = `not exists (select 1 from unnest(s.jurisdictions) j where therapist_ranking_group(j) = therapist_ranking_group('NY'))`;
    expect(await cache.rank('NY', compute(forever), undefined, 'NY')).toBe(1);
    expect(await cache.rank('anywhere', compute(forever))).toBe(2);
    await booked(elsewhere);
    expect(await cache.rank('NY', compute(forever), undefined, 'NY')).toBe(1);
    expect(await cache.rank('anywhere', compute(forever))).toBe(3);
    await booked(`'NY' = any(s.jurisdictions)`);
    expect(await cache.rank('NY', compute(forever), undefined, 'NY')).toBe(4);
  });

  it("keeps a state's ranking while open times change only for therapists it did not read, and again under the new counters", async () => {
    const cache = rankingCache({ SEARCH_CACHE_SECONDS: 60 });
    const forever = Number.POSITIVE_INFINITY;
    const inNewYork = (await sql(`select therapist_id from therapist_search where 'NY' = any(jurisdictions) and cardinality(open_slot_starts) > 1 order by therapist_id`)).map(
      (row) => row.therapist_id as string,
    );
    expect(inNewYork.length).toBeGreaterThan(3);
    const [outside, alsoOutside, ...read] = inNewYork;
    const booked = (id: string) => sql(`update therapist_search set open_slot_starts = open_slot_starts[2:] where therapist_id = ?`, [id]);
    expect(await cache.rank('NY', compute(forever, new Set(read)), undefined, 'NY')).toBe(1);
    await booked(outside);
    expect(await cache.rank('NY', compute(forever, new Set(read)), undefined, 'NY')).toBe(1);
    // Kept again under the counters that check read: a second change outside is checked from there.
    await booked(alsoOutside);
    expect(await cache.rank('NY', compute(forever, new Set(read)), undefined, 'NY')).toBe(1);
    await booked(read[0]);
    expect(await cache.rank('NY', compute(forever, new Set(read)), undefined, 'NY')).toBe(2);
  });

  it('reuses a ranking until the instant it said it stops holding', async () => {
    const cache = rankingCache({ SEARCH_CACHE_SECONDS: 60 });
    const until = clock.now().getTime() + 5_000;
    expect(await cache.rank('key', compute(until))).toBe(1);
    expect(await cache.rank('key', compute(until))).toBe(1);
    clock.set(new Date(until));
    expect(await cache.rank('key', compute(until + 5_000))).toBe(2);
  });
});
