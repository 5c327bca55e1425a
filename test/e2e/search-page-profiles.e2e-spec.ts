import { settleBookingWork } from '../support/settle';
import { FixedClock } from '../support/fixed-clock';
import { graphql } from '../support/graphql-client';
import { startTestApp, TestApp } from '../support/test-app';
import { seedListedTherapists } from '../support/therapists';

// A computed search's page shows the profiles and valid licenses findVisible reads; those of
// therapists shown before come from the API process's memory, kept under their read-model row
// version (read by the search's own statement) and the UTC day (MatchingService.visibleOnPage).
// Every search here is computed afresh (SEARCH_CACHE_SECONDS=0), so only that memory is tested.
const TODAY = '2026-11-25';
const clock = new FixedClock(new Date(`${TODAY}T15:00:00Z`));
let app: TestApp;

type Shown = { therapist: { id: string; headline: string | null; licenses: { jurisdiction: string }[] } };
const SEARCH = `query ($input: SearchTherapistsInput!) { searchTherapists(input: $input) {
  items { therapist { id headline licenses { jurisdiction } } } } }`;

async function page(): Promise<Shown[]> {
  const response = await graphql(app.baseUrl, SEARCH, { input: { jurisdiction: 'NY', first: 10, timeZone: 'America/New_York' } });
  expect(response.errors).toBeUndefined();
  return response.data!.searchTherapists.items;
}

/** How many statements reading public profiles (findVisible's) a search of the page made. */
async function profileReads(): Promise<number> {
  await settleBookingWork(app);
  const knex = app.em().getKnex();
  let reads = 0;
  const listener = (query: { sql: string }) => {
    if (/from therapist_profiles where id = any/.test(query.sql)) reads++;
  };
  knex.on('query', listener);
  try {
    await page();
  } finally {
    knex.off('query', listener);
  }
  return reads;
}

const sql = <T>(text: string, params: unknown[] = []) => app.em().getConnection().execute<T[]>(text, params);

beforeAll(async () => {
  app = await startTestApp({ clock, env: { SEARCH_CACHE_SECONDS: '0' } });
  await seedListedTherapists(app, { count: 40, today: TODAY, seed: 7 });
});
afterAll(() => app.close());

it("reads a page's profiles in a statement the first time, and not again while their rows stand", async () => {
  expect(await profileReads()).toBe(1);
  expect(await profileReads()).toBe(0);
  expect(await profileReads()).toBe(0);
  expect((await page()).length).toBeGreaterThan(2);
});

it('shows a profile edited since it was kept, as the edit committed', async () => {
  const [shown] = await page();
  expect(await profileReads()).toBe(0);
  await sql(`update therapist_profiles set headline = ? where id = ?`, ['Evenings and weekends, too', shown.therapist.id]);
  const reads = await profileReads();
  const after = (await page()).find((item) => item.therapist.id === shown.therapist.id);
  expect(after?.therapist.headline).toBe('Evenings and weekends, too');
  // The edit moved the row's version: the page read its profiles again, once.
  expect(reads).toBe(1);
  expect(await profileReads()).toBe(0);
});

it('shows a license added since the page was kept, and leaves out one no longer verified', async () => {
  const [shown] = await page();
  expect(await profileReads()).toBe(0);
  const licenses = async () => (await page()).find((item) => item.therapist.id === shown.therapist.id)?.therapist.licenses.map((license) => license.jurisdiction).sort();
  const before = (await licenses())!;
  expect(before).not.toContain('VT');
  await sql(
    `insert into licenses (id, therapist_id, license_type, number, jurisdiction, expires_on, npi, status, submitted_at, reviewed_by_id, reviewed_at)
     select gen_random_uuid(), therapist_id, license_type, 'VT-PAGE-1', 'VT', date '2028-01-31', npi, status, submitted_at, reviewed_by_id, reviewed_at
     from licenses where therapist_id = ? and status = 'VERIFIED' limit 1`,
    [shown.therapist.id],
  );
  expect(await licenses()).toEqual([...before, 'VT'].sort());
  await sql(`update licenses set status = 'EXPIRED' where therapist_id = ? and jurisdiction = 'VT'`, [shown.therapist.id]);
  expect(await licenses()).toEqual(before);
});

it('leaves out a license that lapsed with the day, though no row was written', async () => {
  const items = await page();
  const ids = items.map((item) => item.therapist.id);
  // A shown therapist licensed in New York and elsewhere: the other license is valid today, its last day.
  const [other] = await sql<{ therapistId: string; jurisdiction: string }>(
    `select l.therapist_id as "therapistId", l.jurisdiction from licenses l
     where l.therapist_id = any(?::uuid[]) and l.status = 'VERIFIED' and l.jurisdiction <> 'NY'
       and exists (select 1 from licenses ny where ny.therapist_id = l.therapist_id and ny.jurisdiction = 'NY' and ny.status = 'VERIFIED' and ny.expires_on > date '${TODAY}' + 7)
     order by l.therapist_id limit 1`,
    [`{${ids.join(',')}}`],
  );
  expect(other).toBeDefined();
  await sql(`update licenses set expires_on = date '${TODAY}' where therapist_id = ? and jurisdiction = ?`, [other.therapistId, other.jurisdiction]);
  const licensesShown = async () => (await page()).find((item) => item.therapist.id === other.therapistId)?.therapist.licenses.map((license) => license.jurisdiction);
  expect(await licensesShown()).toContain(other.jurisdiction);
  expect(await licensesShown()).toContain(other.jurisdiction);
  clock.set(`2026-11-26T15:00:00Z`);
  const nextDay = await licensesShown();
  expect(nextDay).toContain('NY');
  expect(nextDay).not.toContain(other.jurisdiction);
});
