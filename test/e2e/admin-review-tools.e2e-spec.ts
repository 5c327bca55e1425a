import { createAdmin, signUpAs, TestAccount } from '../support/accounts';
import { countStatements } from '../support/count-statements';
import { FixedClock } from '../support/fixed-clock';
import { errorCode, graphql, GraphqlResponse } from '../support/graphql-client';
import { startTestApp, TestApp } from '../support/test-app';
import { createActiveTherapist } from '../support/therapists';

// The admins' tools at scale: a review queue they can search and filter, each license
// linked to its state board's lookup, and an audit log that names people and things.
const NOW = '2026-03-20T12:00:00.000Z';
const clock = new FixedClock(new Date(NOW));

const QUEUE = `query ($filter: LicenseQueueFilterInput) {
  licenseReviewQueue(filter: $filter) { license { id number jurisdiction } therapistName therapistEmail waitingDays boardName boardLookupUrl }
}`;
const AUDIT = `query ($limit: Int!, $action: String) { auditEvents(limit: $limit, action: $action) { action actorEmail actorName subjectType subjectName } }`;

let app: TestApp;
let admin: TestAccount;
const waiting: Record<string, { account: TestAccount; licenseId: string }> = {};

const data = (response: GraphqlResponse<unknown>): Record<string, any> => {
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data as Record<string, any>;
};

async function therapistWaiting(name: string, license: { number: string; jurisdiction: string }, submittedAt: string) {
  clock.set(submittedAt);
  const account = await signUpAs(app, 'THERAPIST');
  data(await graphql(app.baseUrl, `mutation ($input: UpdateTherapistProfileInput!) { updateTherapistProfile(input: $input) { id } }`, { input: { displayName: name } }, account));
  const submitted = data(await graphql(app.baseUrl, `mutation ($input: SubmitLicenseInput!) { submitLicense(input: $input) { id } }`, {
    input: { licenseType: 'LPC', expiresOn: '2031-06-30', ...license },
  }, account));
  waiting[name] = { account, licenseId: submitted.submitLicense.id };
}

beforeAll(async () => {
  app = await startTestApp({ clock, env: { SESSION_IDLE_MINUTES: '1440' } });
  admin = await createAdmin(app);
  await therapistWaiting('Dr Ana Ruiz', { number: '123456', jurisdiction: 'NY' }, '2026-03-01T09:00:00.000Z');
  await therapistWaiting('Ben Okafor', { number: 'NJ-778', jurisdiction: 'NJ' }, '2026-03-15T09:00:00.000Z');
  await therapistWaiting('Carla 100%_Real', { number: 'CA-1', jurisdiction: 'CA' }, '2026-03-19T09:00:00.000Z');
  clock.set(NOW);
});
afterAll(() => app.close());

const queue = async (filter?: Record<string, unknown>) => data(await graphql(app.baseUrl, QUEUE, { filter }, admin)).licenseReviewQueue as Record<string, any>[];
const names = (items: Record<string, any>[]) => items.map((item) => item.therapistName);

describe('the license review queue', () => {
  it('lists everything waiting, oldest first, each with its state board’s lookup', async () => {
    const all = await queue();
    expect(names(all)).toEqual(['Dr Ana Ruiz', 'Ben Okafor', 'Carla 100%_Real']);
    expect(all[0]).toMatchObject({
      waitingDays: 19,
      boardName: 'New York State Education Department, Office of the Professions',
      boardLookupUrl: 'https://www.op.nysed.gov/verification-search',
    });
    for (const item of all) expect(item.boardLookupUrl).toMatch(/^https:\/\//);
  });

  it('finds by part of a name or e-mail (wildcards typed are plain text), by state, and by time waiting, combined', async () => {
    expect(names(await queue({ search: 'ruiz' }))).toEqual(['Dr Ana Ruiz']);
    expect(names(await queue({ search: waiting['Ben Okafor'].account.email.slice(0, 12) }))).toEqual(['Ben Okafor']);
    expect(names(await queue({ search: '100%_' }))).toEqual(['Carla 100%_Real']);
    expect(names(await queue({ search: '%' }))).toEqual(['Carla 100%_Real']);
    expect(names(await queue({ jurisdiction: 'nj' }))).toEqual(['Ben Okafor']);
    expect(names(await queue({ waitingAtLeastDays: 5 }))).toEqual(['Dr Ana Ruiz', 'Ben Okafor']);
    expect(names(await queue({ waitingAtLeastDays: 19 }))).toEqual(['Dr Ana Ruiz']);
    expect(names(await queue({ waitingAtLeastDays: 5, jurisdiction: 'CA' }))).toEqual([]);
  });

  it('refuses a filter it cannot read, naming the field', async () => {
    const response = await graphql(app.baseUrl, QUEUE, { filter: { jurisdiction: 'New York' } }, admin);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toContain('two-letter code');
    expect(errorCode(await graphql(app.baseUrl, QUEUE, { filter: { waitingAtLeastDays: -1 } }, admin))).toBe('BAD_USER_INPUT');
  });
});

describe('the audit log', () => {
  it('names who acted and what it concerned, in words', async () => {
    data(await graphql(app.baseUrl, `mutation ($id: ID!) { verifyLicense(licenseId: $id) { status } }`, { id: waiting['Dr Ana Ruiz'].licenseId }, admin));
    const [verified] = data(await graphql(app.baseUrl, AUDIT, { limit: 5, action: 'license.verified' }, admin)).auditEvents;
    expect(verified).toEqual({
      action: 'license.verified',
      actorEmail: admin.email,
      actorName: admin.email, // admins have no profile name
      subjectType: 'License',
      subjectName: 'license NY 123456 of Dr Ana Ruiz',
    });
    const [submitted] = data(await graphql(app.baseUrl, AUDIT, { limit: 5, action: 'license.submitted' }, admin)).auditEvents;
    expect(submitted.actorName).toBe('Carla 100%_Real'); // a therapist is named by their profile
    const [signedUp] = data(await graphql(app.baseUrl, AUDIT, { limit: 1, action: 'auth.signed_up' }, admin)).auditEvents;
    expect(signedUp).toMatchObject({ subjectType: 'User', subjectName: 'Carla 100%_Real' });
  });

  it('resolves the names of a whole page in a fixed number of statements, however long the page', async () => {
    // More people and things to name: each new therapist adds sign-up, profile and license events.
    const admin2 = await createAdmin(app);
    for (let index = 0; index < 6; index++) await createActiveTherapist(app, admin2, { profile: { displayName: `Dr Extra ${index}` } });
    const page = (limit: number) => () => graphql(app.baseUrl, AUDIT, { limit }, admin);
    const short = data(await page(3)()).auditEvents;
    const long = data(await page(60)()).auditEvents;
    expect(short).toHaveLength(3);
    expect(long.length).toBeGreaterThan(40);
    expect(long.filter((event: { subjectName: string | null }) => event.subjectName !== null).length).toBeGreaterThan(30);
    expect(await countStatements(app, page(60))).toBe(await countStatements(app, page(3)));
  });
});
