import { createAdmin, signUpAs, TestAccount } from '../../../../test/support/accounts';
import { graphql } from '../../../../test/support/graphql-client';
import { validNpi } from '../../../../test/support/npi';
import { startTestApp, TestApp } from '../../../../test/support/test-app';
import { waitUntil } from '../../../../test/support/wait-until';

// The whole application: every change that can alter a therapist's search
// entry writes `therapist.changed` in its own transaction, and the poller
// started at bootstrap delivers it (to the Postgres engine here: a no-op sync).
let app: TestApp;
let admin: TestAccount;

beforeAll(async () => {
  app = await startTestApp();
  admin = await createAdmin(app);
});
afterAll(() => app?.close());

interface Row {
  topic: string;
  payload: Record<string, unknown>;
  processed_at: Date | null;
}

const eventsOf = (therapistId: string) =>
  app.em().getConnection().execute<Row[]>(`select topic, payload, processed_at from outbox_events where payload->>'therapistId' = ? order by created_at`, [therapistId]);

async function expectOneMoreEvent(therapistId: string, change: () => Promise<{ errors?: unknown }>): Promise<void> {
  const before = (await eventsOf(therapistId)).length;
  const response = await change();
  expect(response.errors).toBeUndefined();
  expect((await eventsOf(therapistId)).length).toBe(before + 1);
}

it('enqueues therapist.changed with every profile, license, suspension, hours and session-type change, and delivers it', async () => {
  const therapist = await signUpAs(app, 'THERAPIST');
  const call = (query: string, variables: Record<string, unknown>, as: TestAccount = therapist) => () => graphql(app.baseUrl, query, variables, as);

  const created = await graphql(app.baseUrl, `mutation ($input: UpdateTherapistProfileInput!) { updateTherapistProfile(input: $input) { id } }`, {
    input: { displayName: 'Dr. Outbox Test', formats: ['VIDEO'], languages: ['en'], feeMinor: 12000 },
  }, therapist);
  const profileId: string = created.data!.updateTherapistProfile.id;
  expect(await eventsOf(profileId)).toHaveLength(1);

  let licenseId = '';
  await expectOneMoreEvent(profileId, async () => {
    const response = await graphql(app.baseUrl, `mutation ($input: SubmitLicenseInput!) { submitLicense(input: $input) { id } }`, {
      input: { licenseType: 'LPC', number: `OB-${Date.now()}`, jurisdiction: 'NY', expiresOn: '2031-12-31', npi: validNpi() },
    }, therapist);
    licenseId = response.data?.submitLicense.id;
    return response;
  });
  await expectOneMoreEvent(profileId, call(`mutation ($id: ID!) { verifyLicense(licenseId: $id) { status } }`, { id: licenseId }, admin));
  await expectOneMoreEvent(profileId, call(`mutation ($input: UpdateTherapistProfileInput!) { updateTherapistProfile(input: $input) { id } }`, { input: { acceptsNewClients: false } }));
  const suspension = { input: { therapistId: profileId, reason: 'Checking a complaint.' } };
  await expectOneMoreEvent(profileId, call(`mutation ($input: SuspensionInput!) { suspendTherapist(input: $input) { status } }`, suspension, admin));
  await expectOneMoreEvent(profileId, call(`mutation ($input: SuspensionInput!) { reinstateTherapist(input: $input) { status } }`, suspension, admin));
  await expectOneMoreEvent(profileId, call(`mutation ($input: SetWeeklyRulesInput!) { setWeeklyRules(input: $input) { weeklyRules { weekday } } }`, {
    input: { rules: [{ weekday: 1, startLocal: '09:00', endLocal: '12:00' }] },
  }));
  await expectOneMoreEvent(profileId, call(`mutation ($input: DateOverrideInput!) { setDateOverride(input: $input) { dateOverrides { date } } }`, { input: { date: '2031-01-05', windows: [] } }));
  await expectOneMoreEvent(profileId, call(`mutation ($date: String!) { removeDateOverride(date: $date) { dateOverrides { date } } }`, { date: '2031-01-05' }));
  await expectOneMoreEvent(profileId, call(`mutation ($input: BookingSettingsInput!) { updateBookingSettings(input: $input) { settings { timeZone } } }`, { input: { horizonDays: 30 } }));
  const sessionType = { name: 'Therapy session', kind: 'INDIVIDUAL', durationMinutes: 50, priceMinor: 14000, formats: ['VIDEO'] };
  let sessionTypeId = '';
  await expectOneMoreEvent(profileId, async () => {
    const response = await graphql(app.baseUrl, `mutation ($input: SessionTypeInput!) { createSessionType(input: $input) { id } }`, { input: sessionType }, therapist);
    sessionTypeId = response.data?.createSessionType.id;
    return response;
  });
  await expectOneMoreEvent(profileId, call(`mutation ($id: ID!, $input: SessionTypeInput!) { updateSessionType(id: $id, input: $input) { id } }`, { id: sessionTypeId, input: { ...sessionType, priceMinor: 15000 } }));
  await expectOneMoreEvent(profileId, call(`mutation ($id: ID!) { archiveSessionType(id: $id) { id } }`, { id: sessionTypeId }));

  const events = await eventsOf(profileId);
  expect(events.map(({ topic, payload }) => ({ topic, payload }))).toEqual(events.map(() => ({ topic: 'therapist.changed', payload: { therapistId: profileId } })));

  // The poller (every 2 s) delivers them all.
  const delivered = await waitUntil(() => eventsOf(profileId), (events) => events.every((event) => event.processed_at !== null), { intervalMs: 200 });
  expect(delivered.every((event) => event.processed_at !== null)).toBe(true);
});

it('writes no event when the change is refused or rolled back', async () => {
  const therapist = await signUpAs(app, 'THERAPIST');
  const created = await graphql(app.baseUrl, `mutation ($input: UpdateTherapistProfileInput!) { updateTherapistProfile(input: $input) { id } }`, {
    input: { displayName: 'Dr. No Change' },
  }, therapist);
  const profileId: string = created.data!.updateTherapistProfile.id;
  const license = { licenseType: 'LPC', number: `DUP-${Date.now()}`, jurisdiction: 'NY', expiresOn: '2031-12-31' };
  const submit = () => graphql(app.baseUrl, `mutation ($input: SubmitLicenseInput!) { submitLicense(input: $input) { id } }`, { input: license }, therapist);
  expect((await submit()).errors).toBeUndefined();
  const before = (await eventsOf(profileId)).length;

  // A duplicate license fails inside the transaction; overlapping hours are refused before it.
  expect((await submit()).errors).toBeDefined();
  const overlapping = { rules: [{ weekday: 1, startLocal: '09:00', endLocal: '12:00' }, { weekday: 1, startLocal: '11:00', endLocal: '13:00' }] };
  expect((await graphql(app.baseUrl, `mutation ($input: SetWeeklyRulesInput!) { setWeeklyRules(input: $input) { weeklyRules { weekday } } }`, { input: overlapping }, therapist)).errors).toBeDefined();
  expect(await eventsOf(profileId)).toHaveLength(before);
});
