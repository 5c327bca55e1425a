import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAdmin, signUpAs, TestAccount } from '../support/accounts';
import { countStatements } from '../support/count-statements';
import { FixedClock } from '../support/fixed-clock';
import { errorCode, graphql } from '../support/graphql-client';
import { startTestApp, TestApp } from '../support/test-app';
import { createActiveTherapist } from '../support/therapists';

const SETTINGS = `mutation ($input: BookingSettingsInput!) { updateBookingSettings(input: $input) { settings { timeZone slotStepMinutes } } }`;
const RULES = `mutation ($input: SetWeeklyRulesInput!) { setWeeklyRules(input: $input) { weeklyRules { weekday startLocal endLocal } } }`;
const OVERRIDE = `mutation ($input: DateOverrideInput!) { setDateOverride(input: $input) { dateOverrides { date windows { startLocal endLocal } } } }`;
const CREATE_TYPE = `mutation ($input: SessionTypeInput!) { createSessionType(input: $input) { id name kind priceMinor archived } }`;
const SLOTS = `query ($therapistId: ID!, $sessionTypeId: ID!, $from: DateTime!, $to: DateTime!, $timeZone: String!) {
  availableSlots(therapistId: $therapistId, sessionTypeId: $sessionTypeId, from: $from, to: $to, timeZone: $timeZone) {
    timeZone therapistTimeZone from to slots { startsAt endsAt localDate localTime offset } } }`;
const UPLOAD = `mutation ($input: CalendarUploadInput!) { uploadCalendar(input: $input) { calendars { name source busyCount } } }`;
const NEXT = `query ($ids: [ID!]!, $timeZone: String!) { nextSlots(therapistIds: $ids, timeZone: $timeZone, count: 2) { therapistId slots { startsAt localTime } } }`;

// Monday 2 March 2026, noon UTC: the week before the US spring-forward (Sunday 8 March).
const clock = new FixedClock(new Date('2026-03-02T12:00:00Z'));
let app: TestApp;
let admin: TestAccount;

beforeAll(async () => {
  app = await startTestApp({ clock });
  admin = await createAdmin(app);
});
afterAll(() => app.close());

async function bookableTherapist(rules: { weekday: number; startLocal: string; endLocal: string }[]) {
  const therapist = await createActiveTherapist(app, admin);
  await graphql(app.baseUrl, SETTINGS, { input: { timeZone: 'America/New_York', minimumNoticeMinutes: 0, slotStepMinutes: 60, bufferAfterMinutes: 0, horizonDays: 60 } }, therapist);
  const rulesResponse = await graphql(app.baseUrl, RULES, { input: { rules } }, therapist);
  expect(rulesResponse.errors).toBeUndefined();
  const type = await graphql(app.baseUrl, CREATE_TYPE, { input: { name: 'Therapy session', kind: 'INDIVIDUAL', durationMinutes: 60, priceMinor: 14000, formats: ['VIDEO'] } }, therapist);
  return { ...therapist, sessionTypeId: type.data!.createSessionType.id as string };
}

const slotsOf = (therapist: { profileId: string; sessionTypeId: string }, from: string, to: string, timeZone = 'America/New_York') =>
  graphql(app.baseUrl, SLOTS, { therapistId: therapist.profileId, sessionTypeId: therapist.sessionTypeId, from, to, timeZone });

describe('available slots', () => {
  it('keeps a 13:00–18:00 New York Sunday rule at 13:00 local across spring-forward: UTC 17:00–22:00 on 8 March', async () => {
    const therapist = await bookableTherapist([{ weekday: 7, startLocal: '13:00', endLocal: '18:00' }]);
    const response = await slotsOf(therapist, '2026-03-01T00:00:00Z', '2026-03-10T00:00:00Z', 'Europe/London');
    const slots = response.data!.availableSlots.slots;
    expect(response.data!.availableSlots.therapistTimeZone).toBe('America/New_York');
    // 1 March (EST, UTC-5) has passed relative to "now"; 8 March is EDT (UTC-4).
    expect(slots.map((slot: { startsAt: string }) => slot.startsAt)).toEqual([
      '2026-03-08T17:00:00.000Z',
      '2026-03-08T18:00:00.000Z',
      '2026-03-08T19:00:00.000Z',
      '2026-03-08T20:00:00.000Z',
      '2026-03-08T21:00:00.000Z',
    ]);
    // Rendered for a viewer in London (still GMT on 8 March).
    expect(slots[0]).toMatchObject({ localDate: '2026-03-08', localTime: '17:00', offset: '+00:00', endsAt: '2026-03-08T18:00:00.000Z' });
  });

  it('closes a day with an override and gives another its own hours', async () => {
    const therapist = await bookableTherapist([{ weekday: 3, startLocal: '09:00', endLocal: '12:00' }]);
    await graphql(app.baseUrl, OVERRIDE, { input: { date: '2026-03-04', windows: [] } }, therapist);
    await graphql(app.baseUrl, OVERRIDE, { input: { date: '2026-03-11', windows: [{ startLocal: '15:00', endLocal: '17:00' }] } }, therapist);
    const response = await slotsOf(therapist, '2026-03-02T00:00:00Z', '2026-03-19T00:00:00Z');
    expect(response.data!.availableSlots.slots.map((slot: { localDate: string; localTime: string }) => `${slot.localDate} ${slot.localTime}`)).toEqual([
      '2026-03-11 15:00',
      '2026-03-11 16:00',
      '2026-03-18 09:00',
      '2026-03-18 10:00',
      '2026-03-18 11:00',
    ]);
  });

  it('blocks slots with events from an uploaded .ics file, recurring ones expanded', async () => {
    const therapist = await bookableTherapist([{ weekday: 1, startLocal: '09:00', endLocal: '12:00' }]);
    const icsText = readFileSync(join(__dirname, '../../apps/api/src/availability/ics/fixtures/weekly-supervision.ics'), 'utf8');
    const upload = await graphql(app.baseUrl, UPLOAD, { input: { name: 'Clinic calendar', icsText } }, therapist);
    expect(upload.data?.uploadCalendar.calendars).toEqual([{ name: 'Clinic calendar', source: 'UPLOAD', busyCount: 5 }]);
    const response = await slotsOf(therapist, '2026-03-09T00:00:00Z', '2026-03-10T00:00:00Z');
    // Supervision 10:00–11:00 EDT on Monday 9 March blocks the 10:00 slot only.
    expect(response.data!.availableSlots.slots.map((slot: { localTime: string }) => slot.localTime)).toEqual(['09:00', '11:00']);
  });

  it('clamps a range to now and the horizon instead of failing', async () => {
    const therapist = await bookableTherapist([{ weekday: 2, startLocal: '09:00', endLocal: '10:00' }]);
    await graphql(app.baseUrl, SETTINGS, { input: { horizonDays: 14 } }, therapist);
    const response = await slotsOf(therapist, '2026-02-25T00:00:00Z', '2026-03-31T00:00:00Z'); // 34 days, starting in the past
    const list = response.data!.availableSlots;
    expect(list.from).toBe('2026-03-02T12:00:00.000Z');
    expect(list.to).toBe('2026-03-16T12:00:00.000Z'); // now + 14 days
    expect(list.slots).toHaveLength(2); // Tuesdays 3 and 10 March
  });

  it('refuses more than 35 days in one call, naming `to`', async () => {
    const therapist = await bookableTherapist([{ weekday: 2, startLocal: '09:00', endLocal: '10:00' }]);
    expect((await slotsOf(therapist, '2026-03-02T00:00:00Z', '2026-04-06T00:00:00Z')).errors).toBeUndefined(); // exactly 35 days
    const tooLong = await slotsOf(therapist, '2025-01-01T00:00:00Z', '2030-01-01T00:00:00Z');
    expect(errorCode(tooLong)).toBe('BAD_USER_INPUT');
    expect(tooLong.errors?.[0].extensions?.field).toBe('to');
    expect(tooLong.errors?.[0].message).toMatch(/at most 35 days/);
  });

  it.each([
    ['a bad zone', { timeZone: 'Moon/Base' }, 'timeZone'],
    ['an inverted range', { from: '2026-03-10T00:00:00Z', to: '2026-03-01T00:00:00Z' }, 'to'],
    ['a malformed id', { sessionTypeId: 'abc' }, 'sessionTypeId'],
  ])('rejects %s naming the argument', async (_case, override, field) => {
    const therapist = await bookableTherapist([{ weekday: 2, startLocal: '09:00', endLocal: '10:00' }]);
    const variables = { therapistId: therapist.profileId, sessionTypeId: therapist.sessionTypeId, from: '2026-03-02T00:00:00Z', to: '2026-03-09T00:00:00Z', timeZone: 'UTC', ...override };
    const response = await graphql(app.baseUrl, SLOTS, variables);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('finds nothing for a therapist who is not active', async () => {
    const therapist = await bookableTherapist([{ weekday: 2, startLocal: '09:00', endLocal: '10:00' }]);
    await graphql(app.baseUrl, `mutation ($input: SuspensionInput!) { suspendTherapist(input: $input) { status } }`, { input: { therapistId: therapist.profileId, reason: 'Checking a complaint.' } }, admin);
    expect(errorCode(await slotsOf(therapist, '2026-03-02T00:00:00Z', '2026-03-09T00:00:00Z'))).toBe('NOT_FOUND');
  });
});

describe('editing availability', () => {
  it('rejects overlapping windows naming the field, keeping the saved week', async () => {
    const therapist = await bookableTherapist([{ weekday: 1, startLocal: '09:00', endLocal: '12:00' }]);
    const response = await graphql(app.baseUrl, RULES, { input: { rules: [
      { weekday: 2, startLocal: '09:00', endLocal: '12:00' },
      { weekday: 2, startLocal: '11:00', endLocal: '13:00' },
    ] } }, therapist);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rules[1]' });
    const saved = await graphql(app.baseUrl, `{ myAvailability { weeklyRules { weekday startLocal endLocal } } }`, {}, therapist);
    expect(saved.data?.myAvailability.weeklyRules).toEqual([{ weekday: 1, startLocal: '09:00', endLocal: '12:00' }]);
  });

  it.each([
    ['an unknown zone', { timeZone: 'Europe/Atlantis' }, 'timeZone'],
    ['a horizon over 12 months', { horizonDays: 400 }, 'horizonDays'],
    ['a 2-minute step', { slotStepMinutes: 2 }, 'slotStepMinutes'],
  ])('rejects settings with %s', async (_case, input, field) => {
    const therapist = await bookableTherapist([]);
    const response = await graphql(app.baseUrl, SETTINGS, { input }, therapist);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('rejects a malformed local time and an end before start in overrides', async () => {
    const therapist = await bookableTherapist([]);
    const badTime = await graphql(app.baseUrl, OVERRIDE, { input: { date: '2026-03-20', windows: [{ startLocal: '9am', endLocal: '10:00' }] } }, therapist);
    expect(badTime.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'windows[0].startLocal' });
    const inverted = await graphql(app.baseUrl, OVERRIDE, { input: { date: '2026-03-20', windows: [{ startLocal: '12:00', endLocal: '10:00' }] } }, therapist);
    expect(inverted.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'windows[0].endLocal' });
  });

  it('keeps session types to their owner, makes consultations free, and hides archived ones from clients', async () => {
    const therapist = await bookableTherapist([]);
    const other = await bookableTherapist([]);
    const paidConsultation = await graphql(app.baseUrl, CREATE_TYPE, { input: { name: 'Free chat', kind: 'CONSULTATION', durationMinutes: 15, priceMinor: 500, formats: ['PHONE'] } }, therapist);
    expect(paidConsultation.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'priceMinor' });
    const hijack = await graphql(app.baseUrl, `mutation ($id: ID!) { archiveSessionType(id: $id) { id } }`, { id: therapist.sessionTypeId }, other);
    expect(errorCode(hijack)).toBe('NOT_FOUND');
    await graphql(app.baseUrl, `mutation ($id: ID!) { archiveSessionType(id: $id) { id } }`, { id: therapist.sessionTypeId }, therapist);
    const client = await signUpAs(app, 'CLIENT');
    const profile = await graphql(app.baseUrl, `query ($id: ID!) { therapist(id: $id) { sessionTypes { id } } }`, { id: therapist.profileId }, client);
    expect(profile.data?.therapist.sessionTypes).toEqual([]);
    expect(errorCode(await slotsOf(therapist, '2026-03-02T00:00:00Z', '2026-03-09T00:00:00Z'))).toBe('NOT_FOUND');
  });

  it('creates default settings once when two first requests race (two uploads at once)', async () => {
    const therapist = await signUpAs(app, 'THERAPIST');
    await graphql(app.baseUrl, `mutation { updateTherapistProfile(input: { displayName: "Dr. Race" }) { id } }`, {}, therapist);
    const empty = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nEND:VCALENDAR';
    const both = await Promise.all(['One', 'Two'].map((name) => graphql(app.baseUrl, UPLOAD, { input: { name, icsText: empty } }, therapist)));
    expect(both.map((response) => response.errors)).toEqual([undefined, undefined]);
  });

  it('lets only therapists edit availability', async () => {
    const client = await signUpAs(app, 'CLIENT');
    expect(errorCode(await graphql(app.baseUrl, RULES, { input: { rules: [] } }, client))).toBe('FORBIDDEN');
  });
});

describe('next slots for many therapists', () => {
  it('uses the same number of SQL statements for 2 and for 8 therapists', async () => {
    const therapists = [];
    for (let i = 0; i < 8; i++) therapists.push(await bookableTherapist([{ weekday: 3, startLocal: '09:00', endLocal: '12:00' }]));
    const count = async (ids: string[]) => {
      let response: Awaited<ReturnType<typeof graphql<Record<string, any>>>> | undefined;
      const statements = await countStatements(app, async () => {
        response = await graphql(app.baseUrl, NEXT, { ids, timeZone: 'America/Chicago' });
      });
      return { statements, response: response! };
    };
    const two = await count(therapists.slice(0, 2).map((t) => t.profileId));
    const eight = await count(therapists.map((t) => t.profileId));
    expect(eight.response.data?.nextSlots).toHaveLength(8);
    expect(eight.response.data?.nextSlots[7].slots).toEqual([
      { startsAt: '2026-03-04T14:00:00.000Z', localTime: '08:00' }, // 09:00 EST shown in Chicago (CST)
      { startsAt: '2026-03-04T15:00:00.000Z', localTime: '09:00' },
    ]);
    expect(eight.statements).toBe(two.statements);
    expect(two.statements).toBeLessThanOrEqual(8); // slot engine 6 (bookings included), who is visible 1, the rate-limit counter 1
  });

  it('de-duplicates ids and refuses more than 50 different ones, naming therapistIds', async () => {
    const therapist = await bookableTherapist([{ weekday: 3, startLocal: '09:00', endLocal: '12:00' }]);
    const repeated = await graphql(app.baseUrl, NEXT, { ids: Array(200).fill(therapist.profileId), timeZone: 'UTC' });
    expect(repeated.errors).toBeUndefined();
    expect(repeated.data?.nextSlots.map((entry: { therapistId: string }) => entry.therapistId)).toEqual([therapist.profileId]);
    const many = Array.from({ length: 51 }, (_, index) => `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`);
    const refused = await graphql(app.baseUrl, NEXT, { ids: many, timeZone: 'UTC' });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].extensions?.field).toBe('therapistIds');
    expect(refused.errors?.[0].message).toMatch(/at most 50/);
    expect((await graphql(app.baseUrl, NEXT, { ids: many.slice(0, 50), timeZone: 'UTC' })).data?.nextSlots).toEqual([]);
  });
});
