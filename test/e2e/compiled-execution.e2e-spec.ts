import { CompiledExecution } from '../../apps/api/src/common/graphql/compiled-execution';
import { webOperations } from '../../apps/api/src/common/graphql/testing/web-operations';
import { MatchingService } from '../../apps/api/src/matching/matching.service';
import { signUpAs, TestAccount } from '../support/accounts';
import { FixedClock } from '../support/fixed-clock';
import { graphql, GraphqlResponse } from '../support/graphql-client';
import { startTestApp, TestApp } from '../support/test-app';
import { seedListedTherapists } from '../support/therapists';

// A query seen before runs compiled (graphql-jit); its first sighting ran through graphql-js.
// Through the whole app (Nest's resolvers, guards, pipes and error filter, the custom scalars,
// Apollo's error formatting), the web app's own operations and their errors must read the same
// either way, byte for byte.
const TODAY = '2026-11-25';
const clock = new FixedClock(new Date(`${TODAY}T15:00:07Z`));
const operations = new Map(webOperations().map((operation) => [operation.name, operation.source]));
const operation = (name: string) => {
  const source = operations.get(name);
  if (!source) throw new Error(`the web app has no operation ${name}`);
  return source;
};
const NY = { jurisdiction: 'NY', timeZone: 'America/New_York' };

let app: TestApp;
let client: TestAccount;
let therapist: { id: string; sessionTypeId: string };
let compiledFor: jest.SpyInstance;

beforeAll(async () => {
  // Every search computed (no kept answers, no kept rankings), so each one executes.
  app = await startTestApp({ clock, env: { SEARCH_CACHE_SECONDS: '0' } });
  await seedListedTherapists(app, { count: 12, today: TODAY, seed: 7 });
  client = await signUpAs(app, 'CLIENT');
  const found = await graphql(app.baseUrl, `query ($input: SearchTherapistsInput!) { searchTherapists(input: $input) { items { therapist { id sessionTypes { id } } } } }`, { input: NY });
  const first = found.data!.searchTherapists.items.find((item: { therapist: { sessionTypes: unknown[] } }) => item.therapist.sessionTypes.length > 0).therapist;
  therapist = { id: first.id, sessionTypeId: first.sessionTypes[0].id };
  compiledFor = jest.spyOn(CompiledExecution.prototype as unknown as { compiledFor: () => unknown }, 'compiledFor');
});

afterAll(async () => {
  await app?.close();
});

/** What a client reads (the cookie header left out: none is set for these). */
type Answer = Omit<GraphqlResponse<Record<string, any>>, 'setCookie'>;
const codeOf = (answer: Answer) => answer.errors?.map((error) => error.extensions?.code);

/** Each case: the web app's operation, its variables, who asks, and what the answer holds. */
const cases: Array<[string, () => { query: string; variables: Record<string, unknown>; token?: string }, (answer: Answer) => void]> = [
  [
    'a search with every field the results page reads',
    () => ({ query: operation('SearchTherapists'), variables: { input: { ...NY, first: 2 } } }),
    (answer) => expect(answer.data!.searchTherapists).toMatchObject({ items: [expect.anything(), expect.anything()], nextCursor: expect.any(String) }),
  ],
  [
    'a signed-in search with filters',
    () => ({ query: operation('SearchTherapists'), variables: { input: { ...NY, formats: ['VIDEO'], maxFeeMinor: 20000 } }, token: client.token }),
    (answer) => expect(answer.data!.searchTherapists.items.length).toBeGreaterThan(0),
  ],
  [
    'a therapist’s profile',
    () => ({ query: operation('Therapist'), variables: { id: therapist.id } }),
    (answer) => expect(answer.data!.therapist).toMatchObject({ id: therapist.id, concerns: expect.any(Array) }),
  ],
  [
    'open slots (DateTime variables)',
    () => ({
      query: operation('AvailableSlots'),
      variables: { therapistId: therapist.id, sessionTypeId: therapist.sessionTypeId, from: `${TODAY}T15:00:00Z`, to: '2026-12-02T15:00:00Z', timeZone: 'America/New_York' },
    }),
    (answer) => expect(answer.data!.availableSlots.slots.length).toBeGreaterThan(0),
  ],
  ['the taxonomy', () => ({ query: operation('Taxonomy'), variables: {} }), (answer) => expect(answer.data!.taxonomy.concerns.length).toBeGreaterThan(10)],
  [
    'a profile nobody has (NOT_FOUND)',
    () => ({ query: operation('Therapist'), variables: { id: '00000000-0000-4000-8000-000000000000' } }),
    (answer) => expect(codeOf(answer)).toEqual(['NOT_FOUND']),
  ],
  [
    'a search with a value the input’s checks refuse (BAD_USER_INPUT from the pipe)',
    () => ({ query: operation('SearchTherapists'), variables: { input: { ...NY, first: 0 } } }),
    (answer) => expect(answer.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'first' }) })]),
  ],
  [
    'a search with a value that is no format (BAD_USER_INPUT from coercion)',
    () => ({ query: operation('SearchTherapists'), variables: { input: { ...NY, formats: ['FAX'] } } }),
    (answer) => expect(answer).toMatchObject({ status: 400, errors: [{ message: expect.stringContaining('FAX'), extensions: { code: 'BAD_USER_INPUT' } }] }),
  ],
  [
    'a search from an intake while signed out (UNAUTHENTICATED)',
    () => ({ query: operation('SearchTherapists'), variables: { input: { useMyIntake: true, timeZone: 'America/New_York' } } }),
    (answer) => expect(codeOf(answer)).toEqual(['UNAUTHENTICATED']),
  ],
];

it.each(cases)('answers %s the same compiled as through graphql-js', async (_name, make, holds) => {
  const { query, variables, token } = make();
  compiledFor.mockClear();
  const answers: Answer[] = [];
  for (let time = 0; time < 3; time += 1) {
    const { setCookie: _cookie, ...answer } = await graphql(app.baseUrl, query, variables, { token });
    answers.push(answer);
  }
  holds(answers[0]);
  expect(answers[1]).toEqual(answers[0]);
  expect(answers[2]).toEqual(answers[0]);
  // The first sighting went to graphql-js (this spec's own first use of the query text), the others ran compiled.
  const compiled = compiledFor.mock.results.map((result) => result.value !== undefined);
  expect(compiled.slice(-2)).toEqual([true, true]);
});

it('computes every search it is asked (nothing kept), so the compiled runs executed the search', async () => {
  const computed = jest.spyOn(app.app.get(MatchingService), 'search');
  for (let time = 0; time < 2; time += 1) await graphql(app.baseUrl, operation('SearchTherapists'), { input: { ...NY, first: 3 } });
  expect(computed).toHaveBeenCalledTimes(2);
  computed.mockRestore();
});
