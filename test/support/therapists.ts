import { RequestContext } from '@mikro-orm/postgresql';
import { SearchProjection } from '../../apps/api/src/matching/search/search-projection';
import { AVAILABILITY_ROLL } from '../../apps/api/src/matching/search/search-projection-sync';
import { JobQueue } from '../../apps/api/src/jobs/job-queue';
import { seedDemoTherapists } from '../../prisma-free-schema/seeders/seed-demo-therapists';
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

/**
 * Makes a therapist bookable without payouts, so search lists them as accepting new
 * clients (issue #11 point 9): Wednesday afternoon hours in New York and a free
 * 15-minute consultation by video.
 */
export async function makeBookableForFree(app: TestApp, therapist: TestAccount): Promise<void> {
  const steps: [string, Record<string, unknown>][] = [
    [`mutation ($input: BookingSettingsInput!) { updateBookingSettings(input: $input) { settings { timeZone } } }`, { timeZone: 'America/New_York' }],
    [`mutation ($input: SetWeeklyRulesInput!) { setWeeklyRules(input: $input) { weeklyRules { weekday } } }`, { rules: [{ weekday: 3, startLocal: '13:00', endLocal: '15:00' }] }],
    [`mutation ($input: SessionTypeInput!) { createSessionType(input: $input) { id } }`, { name: 'Free consultation', kind: 'CONSULTATION', durationMinutes: 15, priceMinor: 0, formats: ['VIDEO'] }],
  ];
  for (const [document, input] of steps) {
    const response = await graphql(app.baseUrl, document, { input }, therapist);
    if (response.errors) throw new Error(`making the therapist bookable failed: ${JSON.stringify(response.errors)}`);
  }
}

/**
 * `count` demo therapists (the generator's, numbered from 1, `seed` fixing their mix) as search
 * lists them: payouts on, so every one with hours and session types is bookable and listed as
 * accepting (issue #11 point 9), and every availability summary computed, as the daily roll does.
 */
export async function seedListedTherapists(app: TestApp, options: { count: number; today: string; seed: number }): Promise<void> {
  // The daily roll's first run (sent when the app starts) done first, here or by the app's worker
  // (drain waits for a run in progress): on a loaded machine it could start while the therapists
  // below are written, find their rows without a summary, and write the summaries it computed after
  // a test had changed them.
  await app.app.get(JobQueue).drain(AVAILABILITY_ROLL);
  await seedDemoTherapists(app.em().fork(), { ...options, adminUserId: null });
  await app.em().getConnection().execute(`update therapist_profiles set charges_enabled = true`);
  await refreshAvailabilitySummaries(app);
}

/** Availability summaries computed now, as the daily roll does: every therapist's, or only those given. */
export async function refreshAvailabilitySummaries(app: TestApp, therapistIds?: readonly string[]): Promise<void> {
  await RequestContext.create(app.em(), () => app.app.get(SearchProjection).refreshAvailability(therapistIds));
}
