import { graphql } from './graphql-client';
import { signUpAs, TestAccount } from './accounts';
import { validNpi } from './npi';
import { TestApp } from './test-app';

let licenseNumber = 50_000;

/** A therapist whose profile an admin has verified: ACTIVE, public, bookable. */
export async function createActiveTherapist(
  app: TestApp,
  admin: TestAccount,
  options: { timeZone?: string; profile?: Record<string, unknown> } = {},
): Promise<TestAccount & { profileId: string }> {
  const therapist = await signUpAs(app, 'THERAPIST', options.timeZone ?? 'America/New_York');
  const profile = await graphql(
    app.baseUrl,
    `mutation ($input: UpdateTherapistProfileInput!) { updateTherapistProfile(input: $input) { id } }`,
    { input: { displayName: 'Dr. Test Therapist', formats: ['VIDEO'], languages: ['en'], feeMinor: 12000, ...options.profile } },
    therapist,
  );
  const license = await graphql(
    app.baseUrl,
    `mutation ($input: SubmitLicenseInput!) { submitLicense(input: $input) { id } }`,
    { input: { licenseType: 'LPC', number: `T-${++licenseNumber}`, jurisdiction: 'NY', expiresOn: '2031-12-31', npi: validNpi() } },
    therapist,
  );
  await graphql(app.baseUrl, `mutation ($id: ID!) { verifyLicense(licenseId: $id) { status } }`, { id: license.data!.submitLicense.id }, admin);
  return { ...therapist, profileId: profile.data!.updateTherapistProfile.id };
}
