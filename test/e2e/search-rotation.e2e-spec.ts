import { CANDIDATE_LIMIT } from '../../apps/api/src/matching/matching.service';
import { PostgresSearchEngine } from '../../apps/api/src/matching/search/postgres-search-engine';
import { emptyQuery, rotationFor } from '../../apps/api/src/matching/search/search-engine.port';
import { seedDemoTherapists } from '../../prisma-free-schema/seeders/seed-demo-therapists';
import { signUpAs, TestAccount } from '../support/accounts';
import { FixedClock } from '../support/fixed-clock';
import { graphql } from '../support/graphql-client';
import { startTestApp, TestApp } from '../support/test-app';
import { refreshAvailabilitySummaries } from '../support/therapists';

// A state with more listable therapists than the ranking sees (400). Before the rotation the
// engine cut them by id past relevance and cover, so a whole-state search ranked the same 400
// lowest ids every day, for everyone: at 100k, some 97 % of New York's therapists could never
// be reached by an unfiltered search. Now which 400 turns with the fairness seed (the client's
// day and who they are), as the ranking's own ties do.
const clock = new FixedClock(new Date('2026-11-25T15:00:00Z'));
let app: TestApp;
let state: string;
let listed: Set<string>;

const SEARCH = `query ($input: SearchTherapistsInput!) { searchTherapists(input: $input) { total totalIsCapped nextCursor items { therapist { id } } } }`;

/** Every therapist a client can reach by paging a whole-state search to its end. */
async function reachable(client?: TestAccount): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  do {
    const response = await graphql(app.baseUrl, SEARCH, { input: { jurisdiction: state, timeZone: 'America/New_York', first: 50, after } }, client);
    expect(response.errors).toBeUndefined();
    const page = response.data!.searchTherapists as { total: number; totalIsCapped: boolean; nextCursor: string | null; items: { therapist: { id: string } }[] };
    expect({ total: page.total, totalIsCapped: page.totalIsCapped }).toEqual({ total: CANDIDATE_LIMIT, totalIsCapped: true });
    ids.push(...page.items.map((item) => item.therapist.id));
    after = page.nextCursor;
  } while (after);
  return ids;
}

const overlap = (a: readonly string[], b: readonly string[]) => a.filter((id) => new Set(b).has(id)).length;

beforeAll(async () => {
  app = await startTestApp({ clock });
  await seedDemoTherapists(app.em().fork(), { count: 3_800, today: '2026-11-25', seed: 21, adminUserId: null });
  await refreshAvailabilitySummaries(app);
  const [largest] = await app.em().getConnection().execute<{ jurisdiction: string; ids: string[] }[]>(
    `select jurisdiction, array_agg(therapist_id::text) as ids from therapist_search_states group by jurisdiction order by count(*) desc limit 1`,
  );
  state = largest.jurisdiction;
  listed = new Set(largest.ids);
}, 180_000);
afterAll(() => app.close());

it('seeded a state with more listable therapists than the ranking sees', () => {
  expect(listed.size).toBeGreaterThan(CANDIDATE_LIMIT + 50);
});

/** The 400 the engine gives a fairness seed (the client's local day, and who they are). */
async function candidatesFor(seed: string): Promise<string[]> {
  const engine = new PostgresSearchEngine(app.em().fork(), clock);
  return (await engine.candidates(emptyQuery({ jurisdiction: state }), CANDIDATE_LIMIT, rotationFor(seed))).map(({ id }) => id).sort();
}
const sorted = (ids: readonly string[]) => [...ids].sort();

// Each of the next three tests pages through the whole state (8 searches of 50) once or twice. They are
// separate tests so that each stays far inside the timeout on a loaded CI machine, where one
// test doing all of them took over 30 s (about 6.5 s on an idle one).
it('shows an anonymous client the same 400 all day, each once: the 400 the engine gives their seed', async () => {
  const today = await reachable();
  expect(new Set(today).size).toBe(CANDIDATE_LIMIT);
  expect(today.every((id) => listed.has(id))).toBe(true);
  expect(sorted(today)).toEqual(await candidatesFor('2026-11-25:anonymous'));
  expect(await reachable()).toEqual(today);
});

it('shows another client a different 400 the same day', async () => {
  const anonymous = await candidatesFor('2026-11-25:anonymous');
  // Two seeds can start between the same two ids and give the same 400 (about 1 in 200 here):
  // the client is chosen so the engine gives them another 400, then the app must too.
  let client: TestAccount;
  let expected: string[];
  do {
    client = await signUpAs(app, 'CLIENT');
    expected = await candidatesFor(`2026-11-25:${client.id}`);
  } while (overlap(expected, anonymous) === CANDIDATE_LIMIT);
  const theirs = await reachable(client);
  expect(new Set(theirs).size).toBe(CANDIDATE_LIMIT);
  expect(sorted(theirs)).toEqual(expected);
  expect(overlap(theirs, anonymous)).toBeLessThan(CANDIDATE_LIMIT);
});

it('shows an anonymous client a different 400 the next day', async () => {
  const anonymous = await candidatesFor('2026-11-25:anonymous');
  let day = 26;
  while (overlap(await candidatesFor(`2026-11-${day}:anonymous`), anonymous) === CANDIDATE_LIMIT) day += 1;
  clock.set(`2026-11-${day}T15:00:00Z`);
  // The daily roll for the state's therapists, the only ones a search of it reads (the other
  // ~3,300 would make this one test take 15 s on a loaded machine).
  await refreshAvailabilitySummaries(app, [...listed]);
  const later = await reachable();
  expect(new Set(later).size).toBe(CANDIDATE_LIMIT);
  expect(sorted(later)).toEqual(await candidatesFor(`2026-11-${day}:anonymous`));
  expect(overlap(later, anonymous)).toBeLessThan(CANDIDATE_LIMIT);
});

it("reaches every one of the state's therapists within two weeks of anonymous days", async () => {
  const engine = new PostgresSearchEngine(app.em().fork(), clock);
  const seen = new Set<string>();
  for (let day = 1; day <= 14; day += 1) {
    const seed = `2026-12-${String(day).padStart(2, '0')}:anonymous`;
    const candidates = await engine.candidates(emptyQuery({ jurisdiction: state }), CANDIDATE_LIMIT, rotationFor(seed));
    expect(candidates).toHaveLength(CANDIDATE_LIMIT);
    for (const { id } of candidates) seen.add(id);
  }
  expect([...listed].filter((id) => !seen.has(id))).toEqual([]);
});
