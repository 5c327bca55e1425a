'use strict';
// Bookable therapists made through the GraphQL API itself, as real users would.
const { randomUUID } = require('node:crypto');
const { join } = require('node:path');
const { luhnCheckDigit } = require('@rapport/domain');
const { busyIntervals, SESSION_MINUTES, SETTINGS, TIME_ZONE, WEEKLY_RULES, toIcs } = require('./busy-calendar');
const { API_DIST, withClient } = require('./database');
const { graphql } = require('./graphql-client');

const PASSWORD = 'bench-quiet-harbor-2026';
const LOG_IN = `mutation ($input: LogInInput!) { logIn(input: $input) { token } }`;
const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { token user { id } } }`;
const PROFILE = `mutation ($input: UpdateTherapistProfileInput!) { updateTherapistProfile(input: $input) { id } }`;
const SUBMIT_LICENSE = `mutation ($input: SubmitLicenseInput!) { submitLicense(input: $input) { id } }`;
const VERIFY_LICENSE = `mutation ($id: ID!) { verifyLicense(licenseId: $id) { status } }`;
const SETTINGS_MUTATION = `mutation ($input: BookingSettingsInput!) { updateBookingSettings(input: $input) { settings { timeZone } } }`;
const RULES = `mutation ($input: SetWeeklyRulesInput!) { setWeeklyRules(input: $input) { weeklyRules { weekday } } }`;
const SESSION_TYPE = `mutation ($input: SessionTypeInput!) { createSessionType(input: $input) { id } }`;
const UPLOAD = `mutation ($input: CalendarUploadInput!) { uploadCalendar(input: $input) { calendars { busyCount } } }`;

/** A valid NPI: 9 digits and their Luhn check digit over the 80840 prefix. */
const validNpi = (payload) => payload + luhnCheckDigit(`80840${payload}`);

/** Admins never come from sign-up: inserted with SQL, then logged in through GraphQL. */
async function createAdmin({ baseUrl, databaseUrl }) {
  const { hashPassword } = require(join(API_DIST, 'auth/password-hashing.js'));
  const email = `bench-admin-${process.pid}@example.com`;
  const passwordHash = await hashPassword(PASSWORD);
  await withClient(databaseUrl, (client) =>
    client.query(
      `insert into users (id, email, password_hash, role, time_zone, created_at, updated_at) values ($1, $2, $3, 'ADMIN', 'UTC', now(), now())`,
      [randomUUID(), email, passwordHash],
    ),
  );
  const data = await graphql(baseUrl, LOG_IN, { input: { email, password: PASSWORD } });
  return { token: data.logIn.token };
}

/**
 * A verified, bookable therapist in New York with the bench's weekly hours,
 * settings, a 50-minute individual session and `busyCount` calendar events over
 * the next four weeks (an uploaded .ics).
 */
async function createBookableTherapist({ baseUrl, admin, index, busyCount }) {
  const signUp = await graphql(baseUrl, SIGN_UP, {
    input: { email: `bench-therapist-${index}-${process.pid}@example.com`, password: PASSWORD, role: 'THERAPIST', timeZone: TIME_ZONE },
  });
  const token = signUp.signUp.token;
  const profile = await graphql(baseUrl, PROFILE, { input: { displayName: `Dr. Bench ${index}`, formats: ['VIDEO'], languages: ['en'], feeMinor: 14000 } }, token);
  const license = await graphql(
    baseUrl,
    SUBMIT_LICENSE,
    {
      input: {
        licenseType: 'LPC',
        number: `BENCH-${process.pid}-${index}`,
        jurisdiction: 'NY',
        expiresOn: `${new Date().getUTCFullYear() + 5}-12-31`,
        npi: validNpi(String(100_000_000 + index * 7_919)),
      },
    },
    token,
  );
  await graphql(baseUrl, VERIFY_LICENSE, { id: license.submitLicense.id }, admin.token);
  await graphql(baseUrl, SETTINGS_MUTATION, { input: { timeZone: TIME_ZONE, ...SETTINGS } }, token);
  await graphql(baseUrl, RULES, { input: { rules: WEEKLY_RULES } }, token);
  const sessionType = await graphql(
    baseUrl,
    SESSION_TYPE,
    { input: { name: 'Individual therapy', kind: 'INDIVIDUAL', durationMinutes: SESSION_MINUTES, priceMinor: 14000, formats: ['VIDEO'] } },
    token,
  );
  const icsText = toIcs(busyIntervals({ from: new Date(), days: 28, count: busyCount, seed: 42 + index }));
  const upload = await graphql(baseUrl, UPLOAD, { input: { name: 'Practice calendar', icsText } }, token);
  return {
    token,
    profileId: profile.updateTherapistProfile.id,
    sessionTypeId: sessionType.createSessionType.id,
    busyBlocks: upload.uploadCalendar.calendars[0].busyCount,
  };
}

/** `count` therapists, `concurrency` at a time (sign-up hashes a password, so this takes a moment). */
async function createBookableTherapists({ baseUrl, admin, count, busyCount, concurrency = 4 }) {
  const therapists = new Array(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      therapists[index] = await createBookableTherapist({ baseUrl, admin, index, busyCount });
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return therapists;
}

module.exports = { createAdmin, createBookableTherapists };
