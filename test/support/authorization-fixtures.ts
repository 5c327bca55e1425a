import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAdmin, signUpAs, TestAccount } from './accounts';
import { graphql } from './graphql-client';
import { enablePayouts } from './payments';
import { validNpi } from './npi';
import { TestApp } from './test-app';
import { createActiveTherapist } from './therapists';

/** The five callers of the authorization matrix, and what they own. */
export interface MatrixWorld {
  admin: TestAccount;
  client: TestAccount & { goalId: string; goalToArchiveId: string };
  /** The therapist who owns the objects the operations name. */
  therapist: TestAccount & { profileId: string; sessionTypeId: string; sessionTypeToArchiveId: string; calendarId: string; calendarToRemoveId: string };
  otherTherapist: TestAccount & { profileId: string };
  /** Objects only admins may act on, each used by one operation so the order of rows does not matter. */
  moderation: { licenseToVerifyId: string; licenseToRejectId: string; profileToSuspendId: string; profileToReinstateId: string };
  /** Held bookings of `client` with `therapist` (paid, so they stay HELD), and a series of theirs. */
  bookings: { bookingId: string; bookingToCancelId: string; seriesId: string };
}

export const ICS_TEXT = readFileSync(join(__dirname, '../../apps/api/src/availability/ics/fixtures/weekly-supervision.ics'), 'utf8');
export const SESSION_TYPE_INPUT = { name: 'Therapy session', kind: 'INDIVIDUAL', durationMinutes: 50, priceMinor: 14000, formats: ['VIDEO'] };

type Caller = { token: string };
const must = async (app: TestApp, query: string, variables: Record<string, unknown>, caller?: Caller) => {
  const response = await graphql(app.baseUrl, query, variables, caller);
  if (!response.data || response.errors) throw new Error(`fixture step failed: ${query}\n${JSON.stringify(response.errors)}`);
  return response.data as Record<string, any>;
};

async function createSessionType(app: TestApp, therapist: Caller, name: string): Promise<string> {
  const data = await must(app, `mutation ($input: SessionTypeInput!) { createSessionType(input: $input) { id } }`, { input: { ...SESSION_TYPE_INPUT, name } }, therapist);
  return data.createSessionType.id;
}

async function uploadCalendar(app: TestApp, therapist: Caller, name: string): Promise<string> {
  const data = await must(app, `mutation ($input: CalendarUploadInput!) { uploadCalendar(input: $input) { calendars { id name } } }`, { input: { name, icsText: ICS_TEXT } }, therapist);
  return data.uploadCalendar.calendars.find((calendar: { name: string }) => calendar.name === name).id;
}

async function addGoal(app: TestApp, client: Caller, text: string): Promise<string> {
  const data = await must(app, `mutation ($input: AddGoalInput!) { addGoal(input: $input) { goals { id text } } }`, { input: { text } }, client);
  return data.addGoal.goals.find((goal: { text: string }) => goal.text === text).id;
}

async function submitLicense(app: TestApp, therapist: Caller, number: string): Promise<string> {
  const input = { licenseType: 'LMHC', number, jurisdiction: 'NY', expiresOn: '2031-06-30', npi: validNpi() };
  return (await must(app, `mutation ($input: SubmitLicenseInput!) { submitLicense(input: $input) { id } }`, { input }, therapist)).submitLicense.id;
}

/** Weekday hours for the owning therapist, then holds and a series by the client (the matrix clock is Wednesday 2026-11-25). */
async function bookTherapist(app: TestApp, therapist: Caller & { profileId: string; sessionTypeId: string }, client: Caller): Promise<MatrixWorld['bookings']> {
  const rules = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startLocal: '09:00', endLocal: '17:00' }));
  await must(app, `mutation ($input: SetWeeklyRulesInput!) { setWeeklyRules(input: $input) { weeklyRules { weekday } } }`, { input: { rules } }, therapist);
  const hold = async (startsAt: string, key: string) =>
    (await must(app, `mutation ($input: HoldSlotInput!) { holdSlot(input: $input) { id } }`, {
      input: { therapistId: therapist.profileId, sessionTypeId: therapist.sessionTypeId, startsAt, idempotencyKey: key, jurisdiction: 'NY' },
    }, client)).holdSlot.id as string;
  const series = await must(app, `mutation ($input: BookSeriesInput!) { bookSeries(input: $input) { seriesId } }`, {
    input: { therapistId: therapist.profileId, sessionTypeId: therapist.sessionTypeId, firstStartsAt: '2026-12-01T15:00:00Z', every: 'WEEKLY', count: 2, idempotencyKey: 'matrix-series', jurisdiction: 'NY' },
  }, client);
  return {
    bookingId: await hold('2026-11-30T15:00:00Z', 'matrix-hold-1'),
    bookingToCancelId: await hold('2026-11-30T17:00:00Z', 'matrix-hold-2'),
    seriesId: series.bookSeries.seriesId,
  };
}

/** Real objects made through the API, so ownership checks meet real rows. */
export async function buildMatrixWorld(app: TestApp): Promise<MatrixWorld> {
  const admin = await createAdmin(app);
  const clientAccount = await signUpAs(app, 'CLIENT');
  const client = { ...clientAccount, goalId: await addGoal(app, clientAccount, 'Sleep through the night'), goalToArchiveId: await addGoal(app, clientAccount, 'Walk every day') };

  const owner = await createActiveTherapist(app, admin);
  // Its session types are paid: its Stripe account must take charges before anyone books them.
  await enablePayouts(app, owner);
  const therapist = {
    ...owner,
    sessionTypeId: await createSessionType(app, owner, 'Weekly session'),
    sessionTypeToArchiveId: await createSessionType(app, owner, 'Old session'),
    calendarId: await uploadCalendar(app, owner, 'Clinic'),
    calendarToRemoveId: await uploadCalendar(app, owner, 'Old clinic'),
  };
  const otherTherapist = await createActiveTherapist(app, admin);

  const applicant = await signUpAs(app, 'THERAPIST');
  await must(app, `mutation ($input: UpdateTherapistProfileInput!) { updateTherapistProfile(input: $input) { id } }`, { input: { displayName: 'Dr. Applicant' } }, applicant);
  const toSuspend = await createActiveTherapist(app, admin);
  const toReinstate = await createActiveTherapist(app, admin);
  await must(app, `mutation ($input: SuspensionInput!) { suspendTherapist(input: $input) { status } }`, { input: { therapistId: toReinstate.profileId, reason: 'Complaint under review.' } }, admin);
  const moderation = {
    licenseToVerifyId: await submitLicense(app, applicant, 'MX-1'),
    licenseToRejectId: await submitLicense(app, applicant, 'MX-2'),
    profileToSuspendId: toSuspend.profileId,
    profileToReinstateId: toReinstate.profileId,
  };
  // The client has an intake, so matching from it (rematch) reaches its resolver.
  await must(app, `mutation ($input: SubmitIntakeInput!) { submitIntake(input: $input) { id } }`, { input: { concerns: [{ code: 'ANXIETY', priority: 1 }], jurisdiction: 'NY', timeZone: 'America/New_York' } }, client);
  return { admin, client, therapist, otherTherapist, moderation, bookings: await bookTherapist(app, therapist, client) };
}
