// Every availability or calendar change tells the search index (one `therapist.changed`
// outbox event, written in the change's own transaction) and leaves an audit event that
// holds ids and counts only: never a calendar's content or address.
import { AuditEvent } from '../../apps/api/src/audit/audit-event.entity';
import { OutboxEvent } from '../../apps/api/src/outbox/outbox-event.entity';
import { createAdmin, TestAccount } from '../support/accounts';
import { FixedClock } from '../support/fixed-clock';
import { graphql } from '../support/graphql-client';
import { startTestApp, TestApp } from '../support/test-app';
import { createActiveTherapist } from '../support/therapists';

const CALENDARS = `calendars { id name busyCount lastError }`;
const clock = new FixedClock(new Date('2026-03-02T12:00:00Z'));
let app: TestApp;
let admin: TestAccount;

beforeAll(async () => {
  app = await startTestApp({ clock });
  admin = await createAdmin(app);
});
afterAll(() => app.close());

const outboxEventsFor = (therapistId: string) => app.em().count(OutboxEvent, { topic: 'therapist.changed', payload: { therapistId } });
const lastAudit = async () => (await app.em().find(AuditEvent, {}, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: 1 }))[0];

function icsWithEvents(count: number): string {
  const events = Array.from({ length: count }, (_, i) => [
    'BEGIN:VEVENT', `UID:e${i}@t`, 'DTSTAMP:20260101T000000Z', `DTSTART:202603${String(3 + (i % 20)).padStart(2, '0')}T150000Z`, 'DURATION:PT1H', 'SUMMARY:Private appointment', 'END:VEVENT',
  ]);
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//t//EN', ...events.flat(), 'END:VCALENDAR'].join('\r\n');
}

/** Events with nothing in them: 10,001 of them fit well within the 1 MB upload limit. */
const emptyEvents = (count: number) => ['BEGIN:VCALENDAR', ...Array.from({ length: count }, () => 'BEGIN:VEVENT\r\nEND:VEVENT'), 'END:VCALENDAR'].join('\r\n');

describe('availability changes', () => {
  let therapist: TestAccount & { profileId: string };
  let sessionTypeId: string;
  let calendarId: string;

  beforeAll(async () => {
    therapist = await createActiveTherapist(app, admin);
  });

  const changes: [string, () => Promise<Record<string, any>>, string | null][] = [
    ['setting weekly rules', () => graphql(app.baseUrl, `mutation { setWeeklyRules(input: { rules: [{ weekday: 1, startLocal: "09:00", endLocal: "12:00" }] }) { weeklyRules { weekday } } }`, {}, therapist), 'availability.weekly_rules_set'],
    ['updating booking settings', () => graphql(app.baseUrl, `mutation { updateBookingSettings(input: { slotStepMinutes: 15 }) { settings { slotStepMinutes } } }`, {}, therapist), 'availability.settings_updated'],
    ['setting a date override', () => graphql(app.baseUrl, `mutation { setDateOverride(input: { date: "2026-03-10", windows: [] }) { dateOverrides { date } } }`, {}, therapist), 'availability.date_override_set'],
    ['removing a date override', () => graphql(app.baseUrl, `mutation { removeDateOverride(date: "2026-03-10") { dateOverrides { date } } }`, {}, therapist), 'availability.date_override_removed'],
    [
      'creating a session type',
      async () => {
        const response = await graphql(app.baseUrl, `mutation { createSessionType(input: { name: "Therapy", kind: INDIVIDUAL, durationMinutes: 50, priceMinor: 15000, formats: [VIDEO] }) { id } }`, {}, therapist);
        sessionTypeId = response.data?.createSessionType.id;
        return response;
      },
      'session_type.created',
    ],
    [
      'updating a session type',
      () => graphql(app.baseUrl, `mutation ($id: ID!) { updateSessionType(id: $id, input: { name: "Therapy hour", kind: INDIVIDUAL, durationMinutes: 60, priceMinor: 16000, formats: [VIDEO] }) { id } }`, { id: sessionTypeId }, therapist),
      'session_type.updated',
    ],
    ['archiving a session type', () => graphql(app.baseUrl, `mutation ($id: ID!) { archiveSessionType(id: $id) { id } }`, { id: sessionTypeId }, therapist), 'session_type.archived'],
    [
      'uploading a calendar',
      async () => {
        const response = await graphql(app.baseUrl, `mutation ($input: CalendarUploadInput!) { uploadCalendar(input: $input) { ${CALENDARS} } }`, { input: { name: 'Clinic', icsText: icsWithEvents(3) } }, therapist);
        calendarId = response.data?.uploadCalendar.calendars[0].id;
        return response;
      },
      'calendar.uploaded',
    ],
    ['removing a calendar', () => graphql(app.baseUrl, `mutation ($id: ID!) { removeCalendar(id: $id) { ${CALENDARS} } }`, { id: calendarId }, therapist), 'calendar.removed'],
  ];

  it.each(changes)('%s enqueues one therapist.changed event and is audited', async (_name, change, action) => {
    const before = await outboxEventsFor(therapist.profileId);
    const response = await change();
    expect(response.errors).toBeUndefined();
    expect((await outboxEventsFor(therapist.profileId)) - before).toBe(1);
    expect(await lastAudit()).toMatchObject({ action, actor: { id: therapist.id } });
  });

  it('audits a calendar by id and count only, never its content or name', async () => {
    const response = await graphql(app.baseUrl, `mutation ($input: CalendarUploadInput!) { uploadCalendar(input: $input) { ${CALENDARS} } }`, { input: { name: 'Secret name', icsText: icsWithEvents(4) } }, therapist);
    const uploaded = response.data?.uploadCalendar.calendars.at(-1);
    const audit = await lastAudit();
    expect(audit).toMatchObject({ action: 'calendar.uploaded', subjectType: 'ExternalCalendar', subjectId: uploaded.id, details: { busyBlocks: 4 } });
    expect(JSON.stringify(audit.details)).not.toMatch(/Private appointment|Secret name/);
  });

  it.each([
    ['a refused date override', `mutation { setDateOverride(input: { date: "2026-02-30", windows: [] }) { dateOverrides { date } } }`, 'date'],
    ['removing an override that is not there', `mutation { removeDateOverride(date: "2026-04-01") { dateOverrides { date } } }`, null],
    ['settings out of bounds', `mutation { updateBookingSettings(input: { bufferAfterMinutes: 241 }) { settings { slotStepMinutes } } }`, 'bufferAfterMinutes'],
    ['a calendar file over the event cap', null, 'icsText'],
  ])('%s enqueues nothing', async (_name, mutation, field) => {
    const before = await outboxEventsFor(therapist.profileId);
    const response = mutation
      ? await graphql(app.baseUrl, mutation, {}, therapist)
      : await graphql(app.baseUrl, `mutation ($input: CalendarUploadInput!) { uploadCalendar(input: $input) { ${CALENDARS} } }`, { input: { name: 'Huge', icsText: emptyEvents(10_001) } }, therapist);
    if (field) expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    else expect(response.errors).toBeUndefined();
    expect(await outboxEventsFor(therapist.profileId)).toBe(before);
  });

  it('names the cap when a calendar file has too many events', async () => {
    const response = await graphql(app.baseUrl, `mutation ($input: CalendarUploadInput!) { uploadCalendar(input: $input) { ${CALENDARS} } }`, { input: { name: 'Huge', icsText: emptyEvents(10_001) } }, therapist);
    expect(response.errors?.[0]).toMatchObject({
      message: 'This calendar has more than 10,000 events. Export a shorter date range.',
      extensions: { code: 'BAD_USER_INPUT', field: 'icsText' },
    });
  });
});
