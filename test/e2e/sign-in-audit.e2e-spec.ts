import { AuditEvent } from '../../apps/api/src/audit/audit-event.entity';
import { createAdmin, signUpAs, TEST_PASSWORD, TestAccount } from '../support/accounts';
import { errorCode, graphql } from '../support/graphql-client';
import { validNpi } from '../support/npi';
import { startTestApp, TestApp } from '../support/test-app';

// Who signed in, who failed to, who left, and every admin read of license details,
// each with the caller's IP and never a password.
const LOG_IN = `mutation ($input: LogInInput!) { logIn(input: $input) { token user { id } } }`;
const LOG_OUT = `mutation { logOut }`;
const QUEUE = `{ licenseReviewQueue { license { id number npi } } }`;
const THERAPIST = `query ($id: ID!) { therapist(id: $id) { id licenses { status } } }`;
const AUDIT = `query ($action: String) { auditEvents(action: $action, limit: 200) { action subjectType subjectId actorEmail details } }`;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const eventsOf = (filter: Partial<Record<'action' | 'subjectId', string | null>>) =>
  app.em().find(AuditEvent, filter, { orderBy: { createdAt: 'asc', id: 'asc' }, populate: ['actor'] });

describe('sign-in audit', () => {
  let client: TestAccount;
  beforeAll(async () => {
    client = await signUpAs(app, 'CLIENT');
  });

  it('records a sign-up and a log-in with the account, the session and the IP', async () => {
    expect(await eventsOf({ action: 'auth.signed_up', subjectId: client.id })).toEqual([
      expect.objectContaining({ subjectType: 'User', actor: expect.objectContaining({ id: client.id }), details: expect.objectContaining({ ip: '127.0.0.1', role: 'CLIENT' }) }),
    ]);
    const login = await graphql(app.baseUrl, LOG_IN, { input: { email: client.email, password: TEST_PASSWORD } });
    expect(login.errors).toBeUndefined();
    const [event] = await eventsOf({ action: 'auth.logged_in', subjectId: client.id });
    expect(event.actor?.id).toBe(client.id);
    expect(event.details).toEqual({ ip: '127.0.0.1', sessionId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
  });

  it('records failed log-ins against the account when it exists, without it when not, and never the password', async () => {
    const wrongPassword = 'Wr0ng-but-memorable-guess';
    const failed = await graphql(app.baseUrl, LOG_IN, { input: { email: client.email, password: wrongPassword } });
    expect(errorCode(failed)).toBe('UNAUTHENTICATED');
    const unknownEmail = 'nobody-at-all@example.com';
    expect(errorCode(await graphql(app.baseUrl, LOG_IN, { input: { email: unknownEmail, password: wrongPassword } }))).toBe('UNAUTHENTICATED');

    const failures = await eventsOf({ action: 'auth.login_failed' });
    expect(failures.map(({ actor, subjectId, details }) => ({ actor, subjectId, details }))).toEqual([
      { actor: null, subjectId: client.id, details: { ip: '127.0.0.1' } },
      { actor: null, subjectId: null, details: { ip: '127.0.0.1' } },
    ]);
    const rows = await app.em().getConnection().execute<{ row: string }[]>('select row_to_json(a)::text as row from audit_events a');
    for (const { row } of rows) {
      expect(row).not.toContain(wrongPassword);
      expect(row).not.toContain(TEST_PASSWORD);
      expect(row).not.toContain(unknownEmail);
    }
  });

  it('records a log-out once, for the session that ended', async () => {
    const login = await graphql(app.baseUrl, LOG_IN, { input: { email: client.email, password: TEST_PASSWORD } });
    const token = login.data!.logIn.token;
    expect((await graphql(app.baseUrl, LOG_OUT, {}, { token })).data?.logOut).toBe(true);
    expect(errorCode(await graphql(app.baseUrl, LOG_OUT, {}, { token }))).toBe('UNAUTHENTICATED');
    const loggedOut = await eventsOf({ action: 'auth.logged_out', subjectId: client.id });
    expect(loggedOut).toHaveLength(1);
    expect(loggedOut[0].details).toEqual({ ip: '127.0.0.1', sessionId: expect.any(String) });
  });
});

describe('admin reads of license details', () => {
  let admin: TestAccount;
  let therapist: TestAccount & { profileId: string };
  let licenseIds: string[];

  beforeAll(async () => {
    admin = await createAdmin(app);
    const account = await signUpAs(app, 'THERAPIST');
    const profile = await graphql(app.baseUrl, `mutation ($input: UpdateTherapistProfileInput!) { updateTherapistProfile(input: $input) { id } }`, { input: { displayName: 'Dr. Audit Read' } }, account);
    therapist = { ...account, profileId: profile.data!.updateTherapistProfile.id };
    licenseIds = [];
    for (const [number, jurisdiction] of [['AR-1', 'NY'], ['AR-2', 'NJ']]) {
      const submitted = await graphql(
        app.baseUrl,
        `mutation ($input: SubmitLicenseInput!) { submitLicense(input: $input) { id } }`,
        { input: { licenseType: 'LCSW', number, jurisdiction, expiresOn: '2030-06-30', npi: validNpi() } },
        therapist,
      );
      licenseIds.push(submitted.data!.submitLicense.id);
    }
  });

  const readsOf = async (licenseId: string) => (await eventsOf({ action: 'license.read', subjectId: licenseId })).map((event) => ({ actor: event.actor?.email ?? null, via: event.details?.via }));

  it('audits every license an admin sees in the review queue, one event per license', async () => {
    const queue = await graphql(app.baseUrl, QUEUE, {}, admin);
    expect(queue.data?.licenseReviewQueue.map((item: { license: { id: string } }) => item.license.id).sort()).toEqual([...licenseIds].sort());
    for (const id of licenseIds) expect(await readsOf(id)).toEqual([{ actor: admin.email, via: 'licenseReviewQueue' }]);
  });

  it('audits the licenses an admin sees on a therapist, but not the therapist’s or the public’s own reads', async () => {
    await graphql(app.baseUrl, THERAPIST, { id: therapist.profileId }, therapist);
    await graphql(app.baseUrl, THERAPIST, { id: therapist.profileId });
    const viewed = await graphql(app.baseUrl, THERAPIST, { id: therapist.profileId }, admin);
    expect(viewed.data?.therapist.licenses).toHaveLength(2);
    for (const id of licenseIds) {
      expect(await readsOf(id)).toEqual([
        { actor: admin.email, via: 'licenseReviewQueue' },
        { actor: admin.email, via: 'therapist' },
      ]);
    }
  });

  it('shows these events in the audit log, including a failed log-in that has no subject', async () => {
    const reads = await graphql(app.baseUrl, AUDIT, { action: 'license.read' }, admin);
    expect(reads.data?.auditEvents).toHaveLength(4);
    expect(reads.data?.auditEvents[0]).toMatchObject({ subjectType: 'License', actorEmail: admin.email });
    const failures = await graphql(app.baseUrl, AUDIT, { action: 'auth.login_failed' }, admin);
    expect(failures.errors).toBeUndefined();
    expect(failures.data?.auditEvents.map((event: { subjectId: string | null }) => event.subjectId)).toContain(null);
  });
});
