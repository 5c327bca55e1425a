import { createAdmin, signUpAs, TestAccount } from '../support/accounts';
import { bookFree, CANCEL, createBookableTherapist, holdSlot } from '../support/bookings';
import { FixedClock } from '../support/fixed-clock';
import { errorCode, graphql } from '../support/graphql-client';
import { startTestApp, TestApp } from '../support/test-app';

// Monday 2026-03-02 07:00 in New York.
const NOW = '2026-03-02T12:00:00.000Z';
const clock = new FixedClock(new Date(NOW));

const RECORD = `query ($clientId: ID!) { clientHealthRecord(clientId: $clientId) { clientId intake { concerns { code } phq9 { total } } goals { text } checkIns { gad7 { total } } } }`;
const READS = `query { myHealthDataReads { readAt therapistName therapistId } }`;

let app: TestApp;
let admin: TestAccount;

beforeAll(async () => {
  app = await startTestApp({ clock, env: { SESSION_IDLE_MINUTES: '1440' } });
  admin = await createAdmin(app);
});
afterAll(() => app.close());
beforeEach(() => clock.set(NOW));

const data = (response: { data?: unknown; errors?: unknown }): Record<string, any> => {
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data as Record<string, any>;
};

async function clientWithIntake(): Promise<TestAccount> {
  const client = await signUpAs(app, 'CLIENT');
  data(await graphql(app.baseUrl, `mutation ($input: SubmitIntakeInput!) { submitIntake(input: $input) { id } }`, {
    input: { concerns: [{ code: 'PANIC', priority: 3 }], jurisdiction: 'NY', timeZone: 'America/New_York', goals: ['Ride the subway again'], phq9: [1, 1, 0, 0, 1, 0, 0, 0, 0] },
  }, client));
  data(await graphql(app.baseUrl, `mutation ($input: AddGoalInput!) { addGoal(input: $input) { goals { id } } }`, { input: { text: "Sleep before midnight" } }, client));
  return client;
}
const auditReads = async (clientId: string) =>
  (await app.em().getConnection().execute(`select count(*)::int as n from audit_events where action = 'health_data.read' and subject_id = ?`, [clientId]))[0].n;

describe("a therapist reading a client's health data", () => {
  it('is refused before any booking, allowed from the hold on, audited, and shown to the client', async () => {
    const client = await clientWithIntake();
    const therapist = await createBookableTherapist(app, admin, { profile: { displayName: 'Dr. Reader' } });
    const other = await createBookableTherapist(app, admin);
    const me = data(await graphql(app.baseUrl, `query { me { id } }`, {}, client)).me;

    expect(errorCode(await graphql(app.baseUrl, RECORD, { clientId: me.id }, therapist))).toBe('FORBIDDEN');
    // An unknown id gets the same answer.
    expect(errorCode(await graphql(app.baseUrl, RECORD, { clientId: '00000000-0000-4000-8000-000000000000' }, therapist))).toBe('FORBIDDEN');
    expect(await auditReads(me.id)).toBe(0);

    data(await holdSlot(app, client, therapist, '2026-03-03T15:00:00.000Z'));
    const record = data(await graphql(app.baseUrl, RECORD, { clientId: me.id }, therapist)).clientHealthRecord;
    expect(record).toMatchObject({ clientId: me.id, intake: { concerns: [{ code: 'PANIC' }], phq9: { total: 3 } }, goals: [{ text: 'Ride the subway again' }, { text: 'Sleep before midnight' }] });
    expect(await auditReads(me.id)).toBe(1);
    // Another therapist still cannot.
    expect(errorCode(await graphql(app.baseUrl, RECORD, { clientId: me.id }, other))).toBe('FORBIDDEN');

    const reads = data(await graphql(app.baseUrl, READS, {}, client)).myHealthDataReads;
    expect(reads).toEqual([{ readAt: expect.any(String), therapistName: 'Dr. Reader', therapistId: therapist.profileId }]);
    // Nobody else sees the client's read log.
    expect(errorCode(await graphql(app.baseUrl, READS, {}, therapist))).toBe('FORBIDDEN');
  });

  it('ends with a hold that lapsed or was released unconfirmed, and survives a cancellation after confirming', async () => {
    const client = await clientWithIntake();
    const me = data(await graphql(app.baseUrl, `query { me { id } }`, {}, client)).me;
    const lapsed = await createBookableTherapist(app, admin);
    data(await holdSlot(app, client, lapsed, '2026-03-03T15:00:00.000Z'));
    clock.set('2026-03-02T13:00:00.000Z');
    expect(errorCode(await graphql(app.baseUrl, RECORD, { clientId: me.id }, lapsed))).toBe('FORBIDDEN');

    const released = await createBookableTherapist(app, admin);
    const held = data(await holdSlot(app, client, released, '2026-03-03T16:00:00.000Z')).holdSlot;
    data(await graphql(app.baseUrl, CANCEL, { id: held.id, reason: null }, client));
    expect(errorCode(await graphql(app.baseUrl, RECORD, { clientId: me.id }, released))).toBe('FORBIDDEN');

    const seen = await createBookableTherapist(app, admin);
    const booking = await bookFree(app, client, seen, '2026-03-04T15:00:00.000Z');
    data(await graphql(app.baseUrl, CANCEL, { id: booking.id, reason: 'Found someone nearer' }, client));
    expect(data(await graphql(app.baseUrl, RECORD, { clientId: me.id }, seen)).clientHealthRecord.clientId).toBe(me.id);
  });
});
