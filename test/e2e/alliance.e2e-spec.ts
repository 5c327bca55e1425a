import { EntityManager } from '@mikro-orm/postgresql';
import { allianceFromRatings } from '../../apps/api/src/alliance/testing/alliance-from-ratings';
import { SearchProjection } from '../../apps/api/src/matching/search/search-projection';
import { OutboxProcessor } from '../../apps/api/src/outbox/outbox.processor';
import { createAdmin, logInAgain, signUpAs, TestAccount } from '../support/accounts';
import { bookFree, COMPLETE, createBookableTherapist, holdSlot } from '../support/bookings';
import { FixedClock } from '../support/fixed-clock';
import { errorCode, graphql } from '../support/graphql-client';
import { startTestApp, TestApp } from '../support/test-app';

// Monday 2026-03-02 07:00 in New York.
const NOW = '2026-03-02T12:00:00.000Z';
const clock = new FixedClock(new Date(NOW));

const PENDING = `query { pendingSessionRatings { bookingId therapistName sessionNumber items { key question low high } } }`;
const RATE = `mutation ($input: RateSessionInput!) { rateSession(input: $input) { bookingId total rematchOffered reasons } }`;
const REMATCH = `query ($input: SearchTherapistsInput!) { rematch(input: $input) { items { therapist { id } } } }`;
const SEARCH = `query ($input: SearchTherapistsInput!) { searchTherapists(input: $input) { items { therapist { id } reasons { code text } } } }`;
const SHARE = `mutation { shareIntakeWithNextTherapist }`;
const RECORD = `query ($clientId: ID!) { clientHealthRecord(clientId: $clientId) { clientId } }`;

let app: TestApp;
let admin: TestAccount;

beforeAll(async () => {
  app = await startTestApp({ clock, env: { SESSION_IDLE_MINUTES: '1440' } });
  admin = await createAdmin(app);
});
afterAll(() => app.close());

const data = (response: { data?: unknown; errors?: unknown }): Record<string, any> => {
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data as Record<string, any>;
};
const good = { relationship: 9, goalsAndTopics: 9, approachOrMethod: 10, overall: 9 };

it('asks after the first three completed sessions, feeds matching, offers a rematch, and shares the intake only with consent', async () => {
  const client = await signUpAs(app, 'CLIENT');
  data(await graphql(app.baseUrl, `mutation ($input: SubmitIntakeInput!) { submitIntake(input: $input) { id } }`, {
    input: { concerns: [{ code: 'ANXIETY', priority: 3 }], jurisdiction: 'NY', timeZone: 'America/New_York', format: 'VIDEO' },
  }, client));
  const first = await createBookableTherapist(app, admin, { profile: { displayName: 'Dr. First', treatedConcerns: ['ANXIETY'] } });
  const next = await createBookableTherapist(app, admin, { profile: { displayName: 'Dr. Next', treatedConcerns: ['ANXIETY'] } });
  const me = data(await graphql(app.baseUrl, `query { me { id } }`, {}, client)).me;

  const starts = ['2026-03-03T15:00:00.000Z', '2026-03-04T15:00:00.000Z', '2026-03-05T15:00:00.000Z', '2026-03-06T15:00:00.000Z'];
  const bookings = [];
  for (const startsAt of starts) bookings.push(await bookFree(app, client, first, startsAt));
  expect(data(await graphql(app.baseUrl, PENDING, {}, client)).pendingSessionRatings).toEqual([]);
  clock.set('2026-03-06T17:00:00.000Z');
  // Four days on: everyone signs in again.
  const [clientNow, firstNow, nextNow] = await Promise.all([client, first, next].map((account) => logInAgain(app, account)));
  Object.assign(client, clientNow);
  Object.assign(first, firstNow);
  Object.assign(next, nextNow);
  for (const booking of bookings) data(await graphql(app.baseUrl, COMPLETE, { id: booking.id }, first));

  const pending = data(await graphql(app.baseUrl, PENDING, {}, client)).pendingSessionRatings;
  expect(pending.map((item: { sessionNumber: number }) => item.sessionNumber)).toEqual([3, 2, 1]);
  expect(pending[0].items.map((item: { key: string }) => item.key)).toEqual(['relationship', 'goalsAndTopics', 'approachOrMethod', 'overall']);
  expect(pending[0]).toMatchObject({ therapistName: 'Dr. First', items: expect.arrayContaining([expect.objectContaining({ question: 'Did you feel heard and respected?' })]) });

  // Searched before any rating: the ranking kept for this search must not outlive the first rating.
  const unrated = data(await graphql(app.baseUrl, SEARCH, { input: { useMyIntake: true, timeZone: 'America/New_York' } }, client)).searchTherapists;
  const unratedFirst = unrated.items.find((item: { therapist: { id: string } }) => item.therapist.id === first.profileId);
  expect(unratedFirst.reasons.map((reason: { text: string }) => reason.text).join(' ')).not.toContain('Past clients rate');
  expect(data(await graphql(app.baseUrl, RATE, { input: { bookingId: bookings[0].id, ...good } }, client)).rateSession).toEqual({
    bookingId: bookings[0].id, total: 37, rematchOffered: false, reasons: [],
  });
  expect(errorCode(await graphql(app.baseUrl, RATE, { input: { bookingId: bookings[0].id, ...good } }, client))).toBe('CONFLICT');
  // The fourth session is not asked about, and nobody rates someone else's session.
  expect(errorCode(await graphql(app.baseUrl, RATE, { input: { bookingId: bookings[3].id, ...good } }, client))).toBe('BAD_USER_INPUT');
  const stranger = await signUpAs(app, 'CLIENT');
  expect(errorCode(await graphql(app.baseUrl, RATE, { input: { bookingId: bookings[1].id, ...good } }, stranger))).toBe('NOT_FOUND');
  expect(errorCode(await graphql(app.baseUrl, RATE, { input: { bookingId: bookings[1].id, ...good, overall: 11 } }, client))).toBe('BAD_USER_INPUT');

  // Ratings feed the ranking's alliance component.
  await app.app.get(OutboxProcessor).drain();
  const search = data(await graphql(app.baseUrl, SEARCH, { input: { useMyIntake: true, timeZone: 'America/New_York' } }, client)).searchTherapists;
  const firstItem = search.items.find((item: { therapist: { id: string } }) => item.therapist.id === first.profileId);
  expect(firstItem.reasons.map((reason: { text: string }) => reason.text)).toContain('Past clients rate how sessions feel 4.7 out of 5 (1 rating)');
  // The search reads the ratings kept on the read model's row, equal to the aggregate of the ratings themselves.
  const keptAlliance = async () => (await app.app.get(SearchProjection).rowsFor([first.profileId])).get(first.profileId)?.alliance;
  const fromRatings = async () => (await allianceFromRatings(app.app.get(EntityManager), [first.profileId])).get(first.profileId);
  expect(await keptAlliance()).toEqual({ count: 1, mean: expect.any(Number) });
  expect(await keptAlliance()).toEqual(await fromRatings());

  const low = data(await graphql(app.baseUrl, RATE, { input: { bookingId: bookings[1].id, relationship: 8, goalsAndTopics: 9, approachOrMethod: 9, overall: 9, notAGoodFit: true } }, client)).rateSession;
  expect(low).toEqual({ bookingId: bookings[1].id, total: 35, rematchOffered: true, reasons: ['LOW_ALLIANCE', 'NOT_A_GOOD_FIT'] });
  // The same client's second rating: still one client, with the mean of their two.
  expect(await keptAlliance()).toEqual({ count: 1, mean: (await fromRatings())!.mean });
  expect(data(await graphql(app.baseUrl, PENDING, {}, client)).pendingSessionRatings.map((item: { bookingId: string }) => item.bookingId)).toEqual([bookings[2].id]);

  const rematch = data(await graphql(app.baseUrl, REMATCH, { input: { timeZone: 'America/New_York' } }, client)).rematch;
  const ids = rematch.items.map((item: { therapist: { id: string } }) => item.therapist.id);
  expect(ids).toContain(next.profileId);
  expect(ids).not.toContain(first.profileId);

  // The next therapist, booked after the rematch offer, cannot read the intake without the client's consent.
  data(await holdSlot(app, client, next, '2026-03-09T15:00:00.000Z'));
  expect(errorCode(await graphql(app.baseUrl, RECORD, { clientId: me.id }, next))).toBe('FORBIDDEN');
  // The therapist booked before the offer still can.
  expect(data(await graphql(app.baseUrl, RECORD, { clientId: me.id }, first)).clientHealthRecord.clientId).toBe(me.id);
  expect(data(await graphql(app.baseUrl, SHARE, {}, client)).shareIntakeWithNextTherapist).toBe(true);
  expect(data(await graphql(app.baseUrl, RECORD, { clientId: me.id }, next)).clientHealthRecord.clientId).toBe(me.id);
  // Sharing needs a rematch offer first.
  expect(errorCode(await graphql(app.baseUrl, SHARE, {}, stranger))).toBe('CONFLICT');
});
