import { getNamedType, GraphQLSchema } from 'graphql';
import { createAdmin, signUpAs, TestAccount } from '../support/accounts';
import { FixedClock } from '../support/fixed-clock';
import { errorCode, graphql, GraphqlResponse } from '../support/graphql-client';
import { validNpi } from '../support/npi';
import { committedSchema as schema, selectAll } from '../support/schema-selection';
import { startTestApp, TestApp } from '../support/test-app';

// Every public query, walked with the ids of therapists the public must not see.
// The list of queries comes from schema.gql: a new query fails this test until
// it is either probed here or shown to refuse anonymous callers.

const clock = new FixedClock(new Date('2026-03-02T12:00:00Z')); // a Monday
const LATER = '2026-03-12T12:00:00Z'; // after the "expired" license's last day; the daily expiry job has not run
const FROM = '2026-03-12T00:00:00Z';
const TO = '2026-04-09T00:00:00Z';
// Hidden therapists share facet values no visible one has, so any leak into facets shows.
const HIDDEN_PROFILE = { languages: ['en', 'ht'], communities: ['VETERANS'], specialtyConcerns: ['GAMBLING'], formats: ['VIDEO'], feeMinor: 12000 };

type State = 'draft' | 'pending review' | 'suspended' | 'expired license' | 'licensed in CA only';
interface Therapist extends TestAccount {
  state: State | 'visible';
  profileId: string;
  sessionTypeId: string;
  displayName: string;
}

let app: TestApp;
let admin: TestAccount;
let client: TestAccount;
let visible: Therapist;
const hidden: Therapist[] = [];

async function ok<T = Record<string, any>>(response: Promise<GraphqlResponse<T>>): Promise<T> {
  const { data, errors } = await response;
  if (errors) throw new Error(JSON.stringify(errors));
  return data!;
}

const VISIBLE_PROFILE = { languages: ['en'], communities: ['BIPOC'], specialtyConcerns: ['OCD'], formats: ['VIDEO'], feeMinor: 15000 };

/** A therapist with a profile, weekly hours and a session type, and the license `state` calls for. */
async function therapist(state: Therapist['state'], license: { jurisdiction: string; expiresOn: string } | null, verify: boolean): Promise<Therapist> {
  const account = await signUpAs(app, 'THERAPIST');
  const displayName = `Zephyrine ${state.replace(/[^a-z]/gi, '')} Quillfeather`;
  const profile = state === 'visible' ? VISIBLE_PROFILE : HIDDEN_PROFILE;
  const { updateTherapistProfile } = await ok(graphql(app.baseUrl, `mutation ($input: UpdateTherapistProfileInput!) { updateTherapistProfile(input: $input) { id } }`,
    { input: { displayName, headline: `${displayName} helps`, ...profile } }, account));
  await ok(graphql(app.baseUrl, `mutation ($input: BookingSettingsInput!) { updateBookingSettings(input: $input) { settings { timeZone } } }`,
    { input: { timeZone: 'America/New_York', minimumNoticeMinutes: 0, slotStepMinutes: 60, horizonDays: 60 } }, account));
  await ok(graphql(app.baseUrl, `mutation ($input: SetWeeklyRulesInput!) { setWeeklyRules(input: $input) { weeklyRules { weekday } } }`,
    { input: { rules: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startLocal: '09:00', endLocal: '17:00' })) } }, account));
  const { createSessionType } = await ok(graphql(app.baseUrl, `mutation ($input: SessionTypeInput!) { createSessionType(input: $input) { id } }`,
    { input: { name: 'Session', kind: 'INDIVIDUAL', durationMinutes: 50, priceMinor: 15000, formats: ['VIDEO'] } }, account));
  if (license) {
    const { submitLicense } = await ok(graphql(app.baseUrl, `mutation ($input: SubmitLicenseInput!) { submitLicense(input: $input) { id } }`,
      { input: { licenseType: 'LPC', number: `G-${account.id.slice(0, 8)}`, npi: validNpi(), ...license } }, account));
    if (verify) await ok(graphql(app.baseUrl, `mutation ($id: ID!) { verifyLicense(licenseId: $id) { status } }`, { id: submitLicense.id }, admin));
  }
  return { ...account, state, profileId: updateTherapistProfile.id, sessionTypeId: createSessionType.id, displayName };
}

beforeAll(async () => {
  app = await startTestApp({ clock });
  admin = await createAdmin(app);
  client = await signUpAs(app, 'CLIENT');
  visible = await therapist('visible', { jurisdiction: 'NY', expiresOn: '2031-12-31' }, true);
  hidden.push(await therapist('draft', null, false));
  hidden.push(await therapist('pending review', { jurisdiction: 'NY', expiresOn: '2031-12-31' }, false));
  const suspended = await therapist('suspended', { jurisdiction: 'NY', expiresOn: '2031-12-31' }, true);
  await ok(graphql(app.baseUrl, `mutation ($input: SuspensionInput!) { suspendTherapist(input: $input) { status } }`,
    { input: { therapistId: suspended.profileId, reason: 'Board complaint under review' } }, admin));
  hidden.push(suspended);
  hidden.push(await therapist('expired license', { jurisdiction: 'NY', expiresOn: '2026-03-10' }, true));
  hidden.push(await therapist('licensed in CA only', { jurisdiction: 'CA', expiresOn: '2031-12-31' }, true));
  clock.set(LATER);
});
afterAll(() => app.close());

const returnTypeOf = (schema: GraphQLSchema, query: string) => getNamedType(schema.getQueryType()!.getFields()[query].type);
const full = (query: string) => selectAll(returnTypeOf(schema, query), 4);

interface Probe {
  query: string;
  variables: Record<string, unknown>;
  /** What a hidden therapist must not make the answer be (beyond never being named). */
  expect(response: GraphqlResponse<Record<string, any>>, target: Therapist): void;
}

const search = (input: Record<string, unknown>): Probe => ({
  query: `query ($input: SearchTherapistsInput!) { searchTherapists(input: $input) { ${full('searchTherapists')} } }`,
  variables: { input: { jurisdiction: 'NY', timeZone: 'America/New_York', first: 50, ...input } },
  expect(response) {
    const result = response.data!.searchTherapists;
    expect(response.errors).toBeUndefined();
    expect(result.items.every((item: { therapist: { id: string } }) => item.therapist.id === visible.profileId)).toBe(true);
    expect(result.total).toBe(result.items.length);
    for (const facet of Object.values(result.facets) as { value: string; count: number }[][]) {
      for (const value of facet) expect(['ht', 'VETERANS', 'GAMBLING']).not.toContain(value.value);
    }
  },
});

const slotsProbe = (target: Therapist): Probe => ({
  query: `query ($t: ID!, $s: ID!) { availableSlots(therapistId: $t, sessionTypeId: $s, from: "${FROM}", to: "${TO}", timeZone: "UTC") { ${full('availableSlots')} } }`,
  variables: { t: target.profileId, s: target.sessionTypeId },
  expect(response) {
    expect(errorCode(response)).toBe('NOT_FOUND');
  },
});

/** Every query in schema.gql: probes for public ones, `signed-in` for those that refuse anonymous callers. */
const PUBLIC_QUERIES: Record<string, ((target: Therapist) => Probe[]) | 'signed-in'> = {
  therapist: (target) => [{
    query: `query ($id: ID!) { therapist(id: $id) { ${full('therapist')} } }`,
    variables: { id: target.profileId },
    expect(response) {
      expect(errorCode(response)).toBe('NOT_FOUND');
    },
  }],
  searchTherapists: (target) => [
    search({}),
    search({ text: target.displayName }),
    search({ languages: ['ht'], communities: ['VETERANS'], concerns: ['GAMBLING'] }),
    search({ formats: ['VIDEO'], acceptingNewClients: true, maxFeeMinor: 20000 }),
  ],
  availableSlots: (target) => [slotsProbe(target)],
  bookingTerms: (target) => [{
    query: `query ($t: ID!, $s: ID!) { bookingTerms(therapistId: $t, sessionTypeId: $s, startsAt: "${FROM}") { ${full('bookingTerms')} } }`,
    variables: { t: target.profileId, s: target.sessionTypeId },
    expect(response) {
      expect(errorCode(response)).toBe('NOT_FOUND');
    },
  }],
  nextSlots: (target) => [{
    query: `query ($ids: [ID!]!) { nextSlots(therapistIds: $ids, timeZone: "UTC", count: 10) { ${full('nextSlots')} } }`,
    variables: { ids: [target.profileId, target.profileId] },
    expect(response) {
      expect(response.data?.nextSlots).toEqual([]);
    },
  }],
  taxonomy: () => [{ query: `{ taxonomy { ${full('taxonomy')} } }`, variables: {}, expect: (response) => expect(response.errors).toBeUndefined() }],
  me: () => [{ query: `{ me { ${full('me')} } }`, variables: {}, expect: (response) => expect(response.errors).toBeUndefined() }],
  // Says whether mail is kept locally; nothing about any therapist.
  localMailboxEnabled: () => [{ query: `{ localMailboxEnabled }`, variables: {}, expect: (response) => expect(response.errors).toBeUndefined() }],
  adminTherapists: 'signed-in',
  auditEvents: 'signed-in',
  licenseReviewQueue: 'signed-in',
  localMailbox: 'signed-in',
  myAvailability: 'signed-in',
  myGoals: 'signed-in',
  myIntake: 'signed-in',
  myIntakeDraft: 'signed-in',
  myLicenses: 'signed-in',
  myPayoutStatus: 'signed-in',
  myEarnings: 'signed-in',
  myReceipts: 'signed-in',
  adminPaymentIssues: 'signed-in',
  paymentMismatches: 'signed-in',
  mySessionTypes: 'signed-in',
  myTherapistProfile: 'signed-in',
  suspendedTherapists: 'signed-in',
  booking: 'signed-in',
  bookingHistory: 'signed-in',
  myBookings: 'signed-in',
  therapistBookings: 'signed-in',
  clientHealthRecord: 'signed-in',
  myHealthDataReads: 'signed-in',
  myWaitlist: 'signed-in',
  pendingSessionRatings: 'signed-in',
  rematch: 'signed-in',
};

// Placeholder values for the required arguments of signed-in queries: the refusal comes before they are read.
const PLACEHOLDER_BY_TYPE: Record<string, string> = {
  'ID!': '"00000000-0000-4000-8000-000000000000"',
  'DateTime!': '"2026-03-02T00:00:00Z"',
  'SearchTherapistsInput!': '{ timeZone: "UTC" }',
  'AdminTherapistsInput!': '{}',
  'EarningsPeriod!': 'WEEK',
};
function anonymousCall(name: string): string {
  const args = schema.getQueryType()!.getFields()[name].args.filter((arg) => String(arg.type).endsWith('!') && arg.defaultValue === undefined);
  const call = args.length ? `(${args.map((arg) => `${arg.name}: ${PLACEHOLDER_BY_TYPE[String(arg.type)]}`).join(', ')})` : '';
  return `{ ${name}${call} { __typename } }`;
}

// Only search is scoped to a state, so a therapist licensed elsewhere is hidden from it alone.
const JURISDICTION_SCOPED = new Set(['searchTherapists', 'taxonomy', 'me', 'localMailboxEnabled']);
const probesFor = (target: Therapist) =>
  Object.entries(PUBLIC_QUERIES).flatMap(([name, probe]) =>
    probe === 'signed-in' || (target.state === 'licensed in CA only' && !JURISDICTION_SCOPED.has(name)) ? [] : probe(target).map((p) => [name, p] as const));

describe('license gating on every public query', () => {
  it('knows every query in schema.gql', () => {
    expect(Object.keys(PUBLIC_QUERIES).sort()).toEqual(Object.keys(schema.getQueryType()!.getFields()).sort());
  });

  it.each(Object.entries(PUBLIC_QUERIES).filter(([, probe]) => probe === 'signed-in').map(([name]) => [name]))('%s refuses anonymous callers', async (name) => {
    const response = await graphql(app.baseUrl, anonymousCall(name));
    expect(errorCode(response)).toBe('UNAUTHENTICATED');
  });

  it('shows the visible therapist through every public probe (the probes can find someone)', async () => {
    expect((await ok(graphql(app.baseUrl, `query ($id: ID!) { therapist(id: $id) { id sessionTypes { id } } }`, { id: visible.profileId }))).therapist.sessionTypes).toHaveLength(1);
    const found = await ok(graphql(app.baseUrl, search({}).query, search({}).variables));
    expect(found.searchTherapists.items.map((item: { therapist: { id: string } }) => item.therapist.id)).toEqual([visible.profileId]);
    const slots = await ok(graphql(app.baseUrl, slotsProbe(visible).query, slotsProbe(visible).variables));
    expect(slots.availableSlots.slots.length).toBeGreaterThan(0);
    const next = await ok(graphql(app.baseUrl, `query ($ids: [ID!]!) { nextSlots(therapistIds: $ids, timeZone: "UTC") { therapistId slots { startsAt } } }`, { ids: [visible.profileId] }));
    expect(next.nextSlots[0].slots.length).toBeGreaterThan(0);
  });

  it('keeps the expired license ACTIVE in the database: the daily job has not run, the gate alone hides it', async () => {
    const expired = hidden.find((t) => t.state === 'expired license')!;
    const [row] = await app.em().getConnection().execute<{ status: string }[]>('select status from therapist_profiles where id = ?', [expired.profileId]);
    expect(row.status).toBe('ACTIVE');
  });

  const states: State[] = ['draft', 'pending review', 'suspended', 'expired license', 'licensed in CA only'];
  describe.each(states.map((state) => [state]))('a therapist in state "%s"', (state) => {
    for (const viewer of ['anonymous', 'client'] as const) {
      it(`is not returned by any public query to a ${viewer} caller`, async () => {
        const target = hidden.find((t) => t.state === state)!;
        const probes = probesFor(target);
        expect(probes.length).toBeGreaterThan(state === 'licensed in CA only' ? 4 : 7);
        for (const [name, probe] of probes) {
          const response = await graphql(app.baseUrl, probe.query, probe.variables, viewer === 'client' ? client : {});
          const text = JSON.stringify(response.data ?? null);
          expect({ name, leaked: text.includes(target.profileId) || text.includes(target.displayName) || text.includes(target.sessionTypeId) }).toEqual({ name, leaked: false });
          probe.expect(response, target);
        }
      });
    }
  });
});
