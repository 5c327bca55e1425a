import { AuditEvent } from '../../apps/api/src/audit/audit-event.entity';
import { License } from '../../apps/api/src/licensing/entities/license.entity';
import { LicenseExpiryJob } from '../../apps/api/src/licensing/license-expiry.job';
import { createAdmin, signUpAs, TestAccount } from '../support/accounts';
import { errorCode, graphql } from '../support/graphql-client';
import { validNpi } from '../support/npi';
import { startTestApp, TestApp } from '../support/test-app';

const PROFILE_FIELDS = `id status displayName headline feeMinor formats languages acceptsNewClients suspensionReason
  concerns { code level } modalities { code name description } slidingScale { minMinor maxMinor }
  office { address latitude longitude } licenses { licenseType jurisdiction status verifiedAt }`;
const UPDATE = `mutation ($input: UpdateTherapistProfileInput!) { updateTherapistProfile(input: $input) { ${PROFILE_FIELDS} } }`;
const PUBLIC = `query ($id: ID!) { therapist(id: $id) { ${PROFILE_FIELDS} } }`;
const SUBMIT = `mutation ($input: SubmitLicenseInput!) { submitLicense(input: $input) { id status licenseTypeName jurisdictionName } }`;
const QUEUE = `{ licenseReviewQueue { license { id licenseType } therapistId therapistName therapistEmail waitingDays } }`;
const VERIFY = `mutation ($id: ID!) { verifyLicense(licenseId: $id) { id status reviewedAt } }`;
const REJECT = `mutation ($input: RejectLicenseInput!) { rejectLicense(input: $input) { id status rejectionReason } }`;
const SUSPEND = `mutation ($input: SuspensionInput!) { suspendTherapist(input: $input) { status suspensionReason } }`;
const REINSTATE = `mutation ($input: SuspensionInput!) { reinstateTherapist(input: $input) { status suspensionReason } }`;
const AUDIT = `query ($subjectId: String) { auditEvents(subjectId: $subjectId) { action subjectId reason actorEmail details } }`;

const GOOD_PROFILE = {
  displayName: 'Dr. Maya Okafor',
  headline: 'Warm, practical help with anxiety and OCD',
  bio: 'I help adults untangle worry.',
  formats: ['VIDEO'],
  languages: ['en', 'es'],
  specialtyConcerns: ['OCD', 'ANXIETY'],
  treatedConcerns: ['DEPRESSION', 'OCD'],
  modalities: ['ERP', 'CBT'],
  feeMinor: 15000,
  slidingScale: { minMinor: 6000, maxMinor: 12000 },
};
let licenseSequence = 1000;
const licenseInput = (overrides: Record<string, unknown> = {}) => ({
  licenseType: 'LCSW',
  number: `LC-${++licenseSequence}`,
  jurisdiction: 'NY',
  expiresOn: '2030-06-30',
  npi: validNpi(),
  ...overrides,
});

let app: TestApp;
let admin: TestAccount;
let client: TestAccount;

beforeAll(async () => {
  app = await startTestApp();
  admin = await createAdmin(app);
  client = await signUpAs(app, 'CLIENT');
});
afterAll(() => app.close());

async function therapistWithProfile(): Promise<TestAccount & { profileId: string }> {
  const therapist = await signUpAs(app, 'THERAPIST');
  const response = await graphql(app.baseUrl, UPDATE, { input: GOOD_PROFILE }, therapist);
  return { ...therapist, profileId: response.data!.updateTherapistProfile.id };
}

async function submitLicense(therapist: TestAccount, overrides: Record<string, unknown> = {}): Promise<string> {
  const response = await graphql(app.baseUrl, SUBMIT, { input: licenseInput(overrides) }, therapist);
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.submitLicense.id;
}

describe('profiles', () => {
  it('creates a DRAFT profile that only its owner and admins can see', async () => {
    const therapist = await signUpAs(app, 'THERAPIST');
    const saved = await graphql(app.baseUrl, UPDATE, { input: GOOD_PROFILE }, therapist);
    const profile = saved.data!.updateTherapistProfile;
    expect(profile.status).toBe('DRAFT');
    expect(profile.concerns).toEqual([
      { code: 'OCD', level: 'SPECIALTY' },
      { code: 'ANXIETY', level: 'SPECIALTY' },
      { code: 'DEPRESSION', level: 'TREATS' }, // OCD kept only at its higher level
    ]);
    expect(profile.modalities[0]).toMatchObject({ code: 'ERP', name: expect.any(String), description: expect.stringMatching(/\./) });

    expect(errorCode(await graphql(app.baseUrl, PUBLIC, { id: profile.id }))).toBe('NOT_FOUND');
    expect(errorCode(await graphql(app.baseUrl, PUBLIC, { id: profile.id }, client))).toBe('NOT_FOUND');
    expect((await graphql(app.baseUrl, PUBLIC, { id: profile.id }, therapist)).data?.therapist.status).toBe('DRAFT');
    expect((await graphql(app.baseUrl, PUBLIC, { id: profile.id }, admin)).data?.therapist.status).toBe('DRAFT');
  });

  it('changes only the fields sent, and only the caller’s own profile', async () => {
    const first = await therapistWithProfile();
    const second = await therapistWithProfile();
    await graphql(app.baseUrl, UPDATE, { input: { headline: 'Second therapist headline' } }, second);
    const firstView = await graphql(app.baseUrl, PUBLIC, { id: first.profileId }, first);
    expect(firstView.data?.therapist.headline).toBe(GOOD_PROFILE.headline);
    const secondView = await graphql(app.baseUrl, PUBLIC, { id: second.profileId }, second);
    expect(secondView.data?.therapist).toMatchObject({ headline: 'Second therapist headline', feeMinor: 15000 });
  });

  it('refuses profile edits from clients and from anonymous callers', async () => {
    expect(errorCode(await graphql(app.baseUrl, UPDATE, { input: GOOD_PROFILE }, client))).toBe('FORBIDDEN');
    expect(errorCode(await graphql(app.baseUrl, UPDATE, { input: GOOD_PROFILE }))).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['four specialties', { specialtyConcerns: ['OCD', 'ANXIETY', 'PANIC', 'PTSD'] }, 'specialtyConcerns'],
    ['an unknown concern', { treatedConcerns: ['SADNESS_XYZ'] }, 'treatedConcerns'],
    ['an unknown modality', { modalities: ['HYPNOSIS_XYZ'] }, 'modalities'],
    ['a javascript: photo URL', { photoUrl: 'javascript:alert(1)' }, 'photoUrl'],
    ['in-person without an office', { formats: ['IN_PERSON'] }, 'office'],
    ['an inverted sliding scale', { slidingScale: { minMinor: 9000, maxMinor: 5000 } }, 'slidingScale.maxMinor'],
    ['a sliding scale above the fee', { feeMinor: 10000, slidingScale: { minMinor: 5000, maxMinor: 12000 } }, 'slidingScale.maxMinor'],
    ['a negative fee', { feeMinor: -1 }, 'feeMinor'],
    ['a 5,000-character bio', { bio: 'x'.repeat(5000) }, 'bio'],
    ['an office latitude of 123', { formats: ['IN_PERSON'], office: { address: '1 Main St, Albany NY', latitude: 123, longitude: -73 } }, 'office.latitude'],
  ])('rejects %s with the field named, keeping what was saved', async (_case, input, field) => {
    const therapist = await therapistWithProfile();
    const response = await graphql(app.baseUrl, UPDATE, { input }, therapist);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].extensions?.field).toBe(field);
    const after = await graphql(app.baseUrl, PUBLIC, { id: therapist.profileId }, therapist);
    expect(after.data?.therapist).toMatchObject({ feeMinor: 15000, formats: ['VIDEO'], slidingScale: GOOD_PROFILE.slidingScale });
  });

  it('accepts an in-person office with coordinates', async () => {
    const therapist = await therapistWithProfile();
    const office = { address: '200 Park Ave S, New York, NY', latitude: 40.7365, longitude: -73.9881 };
    const response = await graphql(app.baseUrl, UPDATE, { input: { formats: ['VIDEO', 'IN_PERSON'], office } }, therapist);
    expect(response.data?.updateTherapistProfile.office).toEqual(office);
  });
});

describe('licenses and verification', () => {
  it.each([
    ['an NPI with a wrong check digit', { npi: '1234567890' }, 'npi', /check digit/],
    ['a 9-digit NPI', { npi: '123456789' }, 'npi', /10 digits/],
    ['an NPI with letters', { npi: '12345678a3' }, 'npi', /digits only/],
    ['an expired license', { expiresOn: '2020-01-01' }, 'expiresOn', /expired/],
    ['a malformed expiry date', { expiresOn: '30/06/2030' }, 'expiresOn', /date like/],
    ['an unknown license type', { licenseType: 'WIZARD' }, 'licenseType', /Unknown license type/],
    ['an unknown state', { jurisdiction: 'ZZ' }, 'jurisdiction', /Unknown jurisdiction/],
  ])('rejects %s with the field named', async (_case, overrides, field, message) => {
    const therapist = await therapistWithProfile();
    const response = await graphql(app.baseUrl, SUBMIT, { input: licenseInput(overrides) }, therapist);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].extensions?.field).toBe(field);
    expect(response.errors?.[0].message).toMatch(message);
  });

  it('rejects a duplicate license (same type, number in any case, state), even from another therapist', async () => {
    const first = await therapistWithProfile();
    const second = await therapistWithProfile();
    await submitLicense(first, { number: 'ab-777' });
    const duplicate = await graphql(app.baseUrl, SUBMIT, { input: licenseInput({ number: 'AB-777' }) }, second);
    expect(errorCode(duplicate)).toBe('CONFLICT');
    expect(duplicate.errors?.[0].extensions?.field).toBe('number');
    const otherState = await graphql(app.baseUrl, SUBMIT, { input: licenseInput({ number: 'AB-777', jurisdiction: 'NJ' }) }, second);
    expect(otherState.data?.submitLicense.status).toBe('SUBMITTED');
  });

  it('goes DRAFT → PENDING_REVIEW → ACTIVE only through an admin, and is then public with its verified license', async () => {
    const therapist = await therapistWithProfile();
    const licenseId = await submitLicense(therapist);
    expect((await graphql(app.baseUrl, PUBLIC, { id: therapist.profileId }, therapist)).data?.therapist.status).toBe('PENDING_REVIEW');

    expect(errorCode(await graphql(app.baseUrl, VERIFY, { id: licenseId }, therapist))).toBe('FORBIDDEN');
    expect(errorCode(await graphql(app.baseUrl, VERIFY, { id: licenseId }, client))).toBe('FORBIDDEN');
    expect(errorCode(await graphql(app.baseUrl, QUEUE, {}, therapist))).toBe('FORBIDDEN');

    const queue = await graphql(app.baseUrl, QUEUE, {}, admin);
    const entry = queue.data!.licenseReviewQueue.find((item: { license: { id: string } }) => item.license.id === licenseId);
    expect(entry).toMatchObject({ therapistId: therapist.profileId, therapistName: 'Dr. Maya Okafor', therapistEmail: therapist.email, waitingDays: 0 });

    const verified = await graphql(app.baseUrl, VERIFY, { id: licenseId }, admin);
    expect(verified.data?.verifyLicense.status).toBe('VERIFIED');
    const publicView = await graphql(app.baseUrl, PUBLIC, { id: therapist.profileId }, client);
    expect(publicView.data?.therapist).toMatchObject({ status: 'ACTIVE', suspensionReason: null });
    expect(publicView.data?.therapist.licenses).toEqual([
      { licenseType: 'LCSW', jurisdiction: 'NY', status: 'VERIFIED', verifiedAt: expect.any(String) },
    ]);
    expect(errorCode(await graphql(app.baseUrl, VERIFY, { id: licenseId }, admin))).toBe('CONFLICT');

    const audit = await graphql(app.baseUrl, AUDIT, { subjectId: therapist.profileId }, admin);
    expect(audit.data?.auditEvents.map((event: { action: string }) => event.action)).toEqual(
      expect.arrayContaining(['therapist.profile_created', 'therapist.status_changed']),
    );
    const licenseAudit = await graphql(app.baseUrl, AUDIT, { subjectId: licenseId }, admin);
    expect(licenseAudit.data?.auditEvents).toEqual([
      expect.objectContaining({ action: 'license.verified', actorEmail: admin.email }),
      // The admin's look at the review queue is on the license's record too.
      expect.objectContaining({ action: 'license.read', actorEmail: admin.email, details: '{"via":"licenseReviewQueue"}' }),
      expect.objectContaining({ action: 'license.submitted', actorEmail: therapist.email }),
    ]);
  });

  it('lists the review queue oldest first', async () => {
    const first = await therapistWithProfile();
    const firstLicense = await submitLicense(first);
    const second = await therapistWithProfile();
    const secondLicense = await submitLicense(second);
    const ids = (await graphql(app.baseUrl, QUEUE, {}, admin)).data!.licenseReviewQueue.map(
      (item: { license: { id: string } }) => item.license.id,
    );
    expect(ids.indexOf(firstLicense)).toBeLessThan(ids.indexOf(secondLicense));
  });

  it('rejects with a reason the therapist can read; a rejected-only profile is a draft again', async () => {
    const therapist = await therapistWithProfile();
    const licenseId = await submitLicense(therapist);
    const tooShort = await graphql(app.baseUrl, REJECT, { input: { licenseId, reason: 'no' } }, admin);
    expect(tooShort.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const reason = 'The board lists this number as inactive; please upload your renewal.';
    const rejected = await graphql(app.baseUrl, REJECT, { input: { licenseId, reason } }, admin);
    expect(rejected.data?.rejectLicense).toMatchObject({ status: 'REJECTED', rejectionReason: reason });
    const mine = await graphql(app.baseUrl, `{ myLicenses { id status rejectionReason } }`, {}, therapist);
    expect(mine.data?.myLicenses[0]).toMatchObject({ status: 'REJECTED', rejectionReason: reason });
    expect((await graphql(app.baseUrl, PUBLIC, { id: therapist.profileId }, therapist)).data?.therapist.status).toBe('DRAFT');
  });

  it('revoking the only verified license hides the profile', async () => {
    const therapist = await therapistWithProfile();
    const licenseId = await submitLicense(therapist);
    await graphql(app.baseUrl, VERIFY, { id: licenseId }, admin);
    await graphql(app.baseUrl, REJECT, { input: { licenseId, reason: 'Board revoked this license on review.' } }, admin);
    expect(errorCode(await graphql(app.baseUrl, PUBLIC, { id: therapist.profileId }, client))).toBe('NOT_FOUND');
  });
});

describe('suspension and expiry', () => {
  async function activeTherapist() {
    const therapist = await therapistWithProfile();
    const licenseId = await submitLicense(therapist);
    await graphql(app.baseUrl, VERIFY, { id: licenseId }, admin);
    return { ...therapist, licenseId };
  }

  it('suspends (hidden from the public) and reinstates (status follows licenses again), audited with reasons', async () => {
    const therapist = await activeTherapist();
    const input = { therapistId: therapist.profileId, reason: 'Complaint under investigation.' };
    expect(errorCode(await graphql(app.baseUrl, SUSPEND, { input }, therapist))).toBe('FORBIDDEN');
    expect((await graphql(app.baseUrl, SUSPEND, { input }, admin)).data?.suspendTherapist).toEqual({
      status: 'SUSPENDED',
      suspensionReason: input.reason,
    });
    expect(errorCode(await graphql(app.baseUrl, PUBLIC, { id: therapist.profileId }, client))).toBe('NOT_FOUND');
    const suspended = await graphql(app.baseUrl, `{ suspendedTherapists { id } }`, {}, admin);
    expect(suspended.data?.suspendedTherapists).toContainEqual({ id: therapist.profileId });
    expect(errorCode(await graphql(app.baseUrl, SUSPEND, { input }, admin))).toBe('CONFLICT');

    const reinstated = await graphql(app.baseUrl, REINSTATE, { input: { ...input, reason: 'Investigation closed.' } }, admin);
    expect(reinstated.data?.reinstateTherapist).toEqual({ status: 'ACTIVE', suspensionReason: null });
    const audit = await graphql(app.baseUrl, AUDIT, { subjectId: therapist.profileId }, admin);
    expect(audit.data?.auditEvents).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'therapist.suspended', reason: 'Complaint under investigation.', actorEmail: admin.email }),
        expect.objectContaining({ action: 'therapist.reinstated', reason: 'Investigation closed.' }),
      ]),
    );
  });

  it('expires a license past its date, dropping the therapist from public view, audited as the system', async () => {
    const therapist = await activeTherapist();
    await app.em().nativeUpdate(License, { id: therapist.licenseId }, { expiresOn: '2024-01-31' });
    const expired = await app.app.get(LicenseExpiryJob).run();
    expect(expired).toBeGreaterThanOrEqual(1);
    const mine = await graphql(app.baseUrl, `{ myLicenses { id status } }`, {}, therapist);
    expect(mine.data?.myLicenses).toContainEqual({ id: therapist.licenseId, status: 'EXPIRED' });
    expect(errorCode(await graphql(app.baseUrl, PUBLIC, { id: therapist.profileId }, client))).toBe('NOT_FOUND');
    const event = await app.em().findOneOrFail(AuditEvent, { subjectId: therapist.licenseId, action: 'license.expired' });
    expect(event.actor).toBeNull();
    expect(await app.app.get(LicenseExpiryJob).run()).toBe(0); // idempotent
  });

  it('shows the public only the licenses valid today, oldest first: not pending, rejected, or past their date before the daily job', async () => {
    const therapist = await activeTherapist(); // LCSW in NY, verified
    const later = await submitLicense(therapist, { jurisdiction: 'NJ', licenseType: 'LPC' });
    await graphql(app.baseUrl, VERIFY, { id: later }, admin);
    const lapsed = await submitLicense(therapist, { jurisdiction: 'CT' });
    await graphql(app.baseUrl, VERIFY, { id: lapsed }, admin);
    await app.em().nativeUpdate(License, { id: lapsed }, { expiresOn: '2024-01-31' }); // the expiry job has not run
    await submitLicense(therapist, { jurisdiction: 'PA' }); // pending
    const rejected = await submitLicense(therapist, { jurisdiction: 'MA' });
    await graphql(app.baseUrl, REJECT, { input: { licenseId: rejected, reason: 'The number does not match the board record.' } }, admin);

    const licenses = (await graphql(app.baseUrl, PUBLIC, { id: therapist.profileId }, client)).data?.therapist.licenses;
    expect(licenses).toEqual([
      { licenseType: 'LCSW', jurisdiction: 'NY', status: 'VERIFIED', verifiedAt: expect.any(String) },
      { licenseType: 'LPC', jurisdiction: 'NJ', status: 'VERIFIED', verifiedAt: expect.any(String) },
    ]);
    const own = (await graphql(app.baseUrl, `{ myLicenses { jurisdiction status } }`, {}, therapist)).data?.myLicenses;
    expect(own.map((license: { jurisdiction: string }) => license.jurisdiction).sort()).toEqual(['CT', 'MA', 'NJ', 'NY', 'PA']);
  });

  it('keeps the audit log append-only in the database', async () => {
    const event = await app.em().findOneOrFail(AuditEvent, { action: 'license.submitted' });
    await expect(app.em().nativeUpdate(AuditEvent, { id: event.id }, { reason: 'tampered' })).rejects.toThrow(/append-only/);
    await expect(app.em().nativeDelete(AuditEvent, { id: event.id })).rejects.toThrow(/append-only/);
  });

  it('pages the audit log without skipping events written in the same millisecond', async () => {
    const subjectId = '00000000-0000-4000-8000-00000000abcd';
    const at = new Date('2026-01-01T00:00:00.000Z');
    const em = app.em();
    for (let i = 0; i < 3; i++) em.create(AuditEvent, { action: 'test.same_ms', subjectType: 'Test', subjectId, createdAt: at });
    await em.flush();
    const PAGE = `query ($before: DateTime, $beforeId: ID) { auditEvents(limit: 1, subjectId: "${subjectId}", before: $before, beforeId: $beforeId) { id createdAt } }`;
    const seen: string[] = [];
    let cursor: { before?: string; beforeId?: string } = {};
    for (let page = 0; page < 4; page++) {
      const events = (await graphql(app.baseUrl, PAGE, cursor, admin)).data!.auditEvents as { id: string; createdAt: string }[];
      if (events.length === 0) break;
      seen.push(events[0].id);
      cursor = { before: events[0].createdAt, beforeId: events[0].id };
    }
    expect(new Set(seen).size).toBe(3);
  });

  it('lets only admins read the audit log', async () => {
    expect(errorCode(await graphql(app.baseUrl, AUDIT, {}, client))).toBe('FORBIDDEN');
    expect(errorCode(await graphql(app.baseUrl, AUDIT, { subjectId: 'not-a-uuid' }, admin))).toBe('BAD_USER_INPUT');
  });
});

it('serves the taxonomy publicly', async () => {
  const response = await graphql(app.baseUrl, `{ taxonomy { version concerns { code } modalities { code } evidenceLinks { concern modality strength } jurisdictions { code } } }`);
  expect(response.data?.taxonomy.jurisdictions).toHaveLength(51);
  expect(response.data?.taxonomy.evidenceLinks).toContainEqual({ concern: 'OCD', modality: 'ERP', strength: 'STRONG' });
});
