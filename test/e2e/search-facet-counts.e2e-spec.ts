import { RequestContext } from '@mikro-orm/postgresql';
import { PostgresSearchEngine } from '../../apps/api/src/matching/search/postgres-search-engine';
import { SearchProjection } from '../../apps/api/src/matching/search/search-projection';
import { emptyQuery, Facets, SearchQuery } from '../../apps/api/src/matching/search/search-engine.port';
import { seedDemoTherapists } from '../../prisma-free-schema/seeders/seed-demo-therapists';
import { FixedClock } from '../support/fixed-clock';
import { startTestApp, TestApp } from '../support/test-app';

// Issue #12: a whole state's facets and total come from counts kept by a trigger on the read
// model (therapist_search_facet_counts) less the rows whose licenses have lapsed by the calendar.
// After every kind of change that moves a therapist in or out of a count, they must equal a
// count of the rows themselves (the same engine counting in one pass).
const TODAY = '2026-11-25';
const clock = new FixedClock(new Date(`${TODAY}T15:00:00Z`));
let app: TestApp;
let states: string[];

const sql = <T extends object>(statement: string, params: unknown[] = []) => app.em().getConnection().execute<T[]>(statement, params);

async function facetsAndTotals(useKeptCounts: boolean): Promise<Record<string, { total: number; facets: Facets }>> {
  return RequestContext.create(app.em(), async () => {
    const engine = new PostgresSearchEngine(app.em(), clock, { keptCounts: useKeptCounts });
    const queries: [string, SearchQuery][] = states.flatMap((state) => [
      [state, emptyQuery({ jurisdiction: state })],
      [`${state}, accepting`, emptyQuery({ jurisdiction: state, acceptingNewClients: true })],
    ]);
    const results = await Promise.all(queries.map(async ([label, query]) => [label, { total: await engine.count(query), facets: await engine.facets(query) }] as const));
    return Object.fromEntries(results);
  });
}

async function expectKeptCountsToMatchARecount(): Promise<void> {
  const recount = await facetsAndTotals(false);
  expect(await facetsAndTotals(true)).toEqual(recount);
}

/** Some listed therapists, in a stable order, with an offset so steps pick different ones. */
async function listed(count: number, offset: number): Promise<string[]> {
  const rows = await sql<{ id: string }>(`select therapist_id as id from therapist_search order by therapist_id limit ? offset ?`, [count, offset]);
  return rows.map((row) => row.id);
}

beforeAll(async () => {
  app = await startTestApp({ clock });
  await seedDemoTherapists(app.em().fork(), { count: 400, today: TODAY, seed: 11, adminUserId: null });
  states = (await sql<{ state: string }>(`select distinct unnest(jurisdictions) as state from therapist_search order by 1`)).map((row) => row.state);
});
afterAll(() => app.close());

it('seeded enough to mean something: several states, dozens per big state, both accepting and not', async () => {
  const totals = await facetsAndTotals(false);
  expect(states.length).toBeGreaterThan(5);
  expect(Math.max(...Object.values(totals).map((entry) => entry.total))).toBeGreaterThan(30);
  const accepting = await sql<{ accepting: boolean; n: number }>(`select accepting, count(*)::int as n from therapist_search group by 1`);
  expect(accepting.map((row) => row.accepting).sort()).toEqual([false, true]);
  await expectKeptCountsToMatchARecount();
});

// A filtered set (any filter but the state and "accepting") is counted afresh by one statement per
// search. Its answer must be the candidates' own values counted here, row by row.
it('count a filtered set as its candidates\' own values counted one by one', async () => {
  type FacetRow = { concerns: string[]; modalities: string[]; languages: string[]; formats: string[]; communities: string[]; gender: string | null; price_band: string | null };
  const [big] = (await sql<{ state: string }>(`select unnest(jurisdictions) as state from therapist_search group by 1 order by count(*) desc limit 1`)).map((row) => row.state);
  const queries: Partial<SearchQuery>[] = [
    { jurisdiction: big, formats: ['VIDEO'] },
    { jurisdiction: big, concerns: ['ANXIETY', 'DEPRESSION'], acceptingNewClients: true },
    { jurisdiction: big, text: 'trauma' },
    { jurisdiction: big, maxFeeMinor: 15_000, languages: ['es', 'en'] },
    { jurisdiction: big, genders: ['WOMAN'], ageGroup: 'ADULTS' },
    { concerns: ['ANXIETY'] },
    { text: 'anxiety' },
    { formats: ['PHONE'], slidingScaleOnly: true },
  ];
  await RequestContext.create(app.em(), async () => {
    const engine = new PostgresSearchEngine(app.em(), clock);
    let counted = 0;
    for (const overrides of queries) {
      const query = emptyQuery(overrides);
      const ids = (await engine.candidates(query, 100_000)).map(({ id }) => id);
      const rows = ids.length === 0 ? [] : await sql<FacetRow>(
        `select concerns, modalities, languages, formats, communities, gender, price_band from therapist_search where therapist_id = any(array[?]::uuid[])`,
        [ids],
      );
      const tally = new Map<keyof Facets, Map<string, number>>();
      const add = (facet: keyof Facets, value: string | null) => {
        if (value === null) return;
        const values = tally.get(facet) ?? new Map<string, number>();
        values.set(value, (values.get(value) ?? 0) + 1);
        tally.set(facet, values);
      };
      for (const row of rows) {
        row.concerns.forEach((value) => add('concern', value));
        row.modalities.forEach((value) => add('modality', value));
        row.languages.forEach((value) => add('language', value));
        row.formats.forEach((value) => add('format', value));
        row.communities.forEach((value) => add('community', value));
        add('gender', row.gender);
        add('priceBand', row.price_band);
      }
      const facetNames: (keyof Facets)[] = ['concern', 'modality', 'language', 'format', 'priceBand', 'gender', 'community'];
      const expected = Object.fromEntries(
        facetNames.map((facet) => [
          facet,
          [...(tally.get(facet) ?? new Map<string, number>())].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
        ]),
      ) as Facets;
      expect({ overrides, ...(await engine.countAndFacets(query)) }).toEqual({ overrides, total: ids.length, facets: expected });
      counted += ids.length;
    }
    // Sets of some size, or the comparison proves little.
    expect(counted).toBeGreaterThan(200);
  });
});

it('stay right when profiles change what they offer, in one statement for many therapists', async () => {
  const ids = await listed(40, 0);
  await sql(`update therapist_profiles set languages = array['en', 'pt'], modalities = array['EMDR'], gender = null, fee_minor = 9000 where id = any(array[?]::uuid[])`, [ids]);
  await sql(`update therapist_profiles set specialty_concerns = array['GRIEF'], treated_concerns = '{}', communities = array['LGBTQ'], fee_minor = null where id = any(array[?]::uuid[])`, [ids.slice(0, 10)]);
  await expectKeptCountsToMatchARecount();
});

it('stay right when therapists are suspended, reinstated and stop accepting clients', async () => {
  const ids = await listed(30, 40);
  await sql(`update therapist_profiles set status = 'SUSPENDED', suspension_reason = 'License under investigation' where id = any(array[?]::uuid[])`, [ids.slice(0, 15)]);
  await sql(`update therapist_profiles set accepts_new_clients = not accepts_new_clients where id = any(array[?]::uuid[])`, [ids.slice(15)]);
  await expectKeptCountsToMatchARecount();
  await sql(`update therapist_profiles set status = 'ACTIVE', suspension_reason = null where id = any(array[?]::uuid[])`, [ids.slice(0, 5)]);
  await sql(`delete from session_types where therapist_id = any(array[?]::uuid[])`, [ids.slice(20)]);
  await expectKeptCountsToMatchARecount();
});

it('stay right when licenses are rejected, added in another state, or moved to another state', async () => {
  const ids = await listed(30, 70);
  await sql(`update licenses set status = 'REJECTED', rejection_reason = 'Number not found with the board' where therapist_id = any(array[?]::uuid[])`, [ids.slice(0, 10)]);
  await sql(
    `insert into licenses (id, therapist_id, jurisdiction, license_type, number, status, expires_on, submitted_at, reviewed_at, reviewed_by_id)
     select gen_random_uuid(), t, 'VT', 'LCSW', 'VT-' || left(t::text, 8), 'VERIFIED', date '2028-01-01', now(), now(),
       (select reviewed_by_id from licenses where status = 'VERIFIED' limit 1)
     from unnest(array[?]::uuid[]) t`,
    [ids.slice(10, 20)],
  );
  await sql(`update licenses set jurisdiction = 'ME' where therapist_id = any(array[?]::uuid[])`, [ids.slice(20)]);
  states = [...new Set([...states, 'VT', 'ME'])];
  await expectKeptCountsToMatchARecount();
});

it('stay right when licenses lapse by the calendar, with no write at all', async () => {
  // Some expire tomorrow; then the clock moves past them, and much later, past most.
  const ids = await listed(40, 100);
  await sql(`update licenses set expires_on = ? where therapist_id = any(array[?]::uuid[])`, ['2026-11-26', ids]);
  const before = await facetsAndTotals(true);
  clock.set('2026-11-27T15:00:00Z');
  const after = await facetsAndTotals(true);
  expect(Object.values(after).reduce((sum, entry) => sum + entry.total, 0)).toBeLessThan(Object.values(before).reduce((sum, entry) => sum + entry.total, 0));
  await expectKeptCountsToMatchARecount();
  clock.set('2029-06-01T15:00:00Z');
  await expectKeptCountsToMatchARecount();
  clock.set(`${TODAY}T15:00:00Z`);
});

it('are not written by availability changes (the daily roll and bookings change no counted column)', async () => {
  const snapshot = () => sql<{ jurisdiction: string; count: number }>(`select jurisdiction, accepting, facet, value, count, xmin::text as version from therapist_search_facet_counts order by 1, 2, 3, 4`);
  const before = await snapshot();
  await sql(`update therapist_search set availability_stale = true, availability_version = availability_version + 1, next_open_at = now()`);
  expect(await snapshot()).toEqual(before);
  await expectKeptCountsToMatchARecount();
});

it('stay right when therapists are deleted', async () => {
  const ids = await listed(10, 150);
  await sql(`delete from therapist_search where therapist_id = any(array[?]::uuid[])`, [ids]);
  await expectKeptCountsToMatchARecount();
});

it('are recounted by the rebuild command, which repairs counts that drifted (a restore with triggers off)', async () => {
  await sql(`update therapist_search_facet_counts set count = count + 3 where facet in ('total', 'language')`);
  await expect(expectKeptCountsToMatchARecount()).rejects.toThrow();
  await RequestContext.create(app.em(), () => app.app.get(SearchProjection).rebuild());
  await expectKeptCountsToMatchARecount();
});
