import type ICALModule from 'ical.js' with { 'resolution-mode': 'import' };
import { createAdmin, signUpAs, TestAccount } from '../support/accounts';
import { BookableTherapist, bookFree, CANCEL, createBookableTherapist, RESCHEDULE } from '../support/bookings';
import { FixedClock } from '../support/fixed-clock';
import { errorCode, graphql } from '../support/graphql-client';
import { startTestApp, TestApp } from '../support/test-app';

// Monday 2026-03-02 07:00 in New York.
const NOW = '2026-03-02T12:00:00.000Z';
const TUE_1000 = '2026-03-03T15:00:00.000Z';
const WED_1000 = '2026-03-04T15:00:00.000Z';
const THU_1000 = '2026-03-05T15:00:00.000Z';
const clock = new FixedClock(new Date(NOW));
// ical.js ships as an ES module; Jest (CommonJS) loads it with require.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ICAL: typeof ICALModule = require('ical.js');

const FEED_URL = `query { myAvailability { settings { calendarFeedUrl } } }`;
const ROTATE = `mutation { rotateCalendarFeedToken }`;

let app: TestApp;
let admin: TestAccount;
let client: TestAccount;
let stranger: TestAccount;
let therapist: BookableTherapist;
let otherTherapist: BookableTherapist;

beforeAll(async () => {
  app = await startTestApp({ clock, env: { SESSION_IDLE_MINUTES: '1440', VIDEO_ROOM_BASE_URL: 'https://rooms.example.org/r/' } });
  admin = await createAdmin(app);
  client = await signUpAs(app, 'CLIENT', 'Europe/London');
  stranger = await signUpAs(app, 'CLIENT');
  therapist = await createBookableTherapist(app, admin, { profile: { formats: ['VIDEO', 'IN_PERSON'], office: { address: '12 Elm St, Brooklyn, NY', latitude: 40.68, longitude: -73.97 } } });
  otherTherapist = await createBookableTherapist(app, admin);
});
afterAll(() => app.close());

const get = (path: string, account?: TestAccount) => fetch(`${app.baseUrl}${path}`, { headers: account ? { authorization: `Bearer ${account.token}` } : {} });
const data = (response: { data?: unknown; errors?: unknown }): Record<string, any> => {
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data as Record<string, any>;
};
function eventsOf(icsText: string) {
  const calendar = new ICAL.Component(ICAL.parse(icsText));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      start: event.startDate.toJSDate().toISOString(),
      tzid: component.getFirstProperty('dtstart')!.getParameter('tzid'),
      status: component.getFirstPropertyValue('status'),
      sequence: event.sequence,
      location: event.location,
      summary: event.summary,
    };
  });
}

describe('GET /bookings/:id.ics', () => {
  it('gives each party the booking in their own zone, and nobody else learns it exists', async () => {
    const booking = await bookFree(app, client, therapist, TUE_1000);
    const forClient = await get(`/bookings/${booking.id}.ics`, client);
    expect(forClient.status).toBe(200);
    expect(forClient.headers.get('content-type')).toMatch(/^text\/calendar/);
    const [event] = eventsOf(await forClient.text());
    expect(event).toMatchObject({ uid: `booking-${booking.id}@rapport`, start: TUE_1000, tzid: 'Europe/London', status: 'CONFIRMED', sequence: 1 });
    expect(event.location).toMatch(/^https:\/\/rooms\.example\.org\/r\/rapport-[0-9a-f-]{36}$/);

    const [theirs] = eventsOf(await (await get(`/bookings/${booking.id}.ics`, therapist)).text());
    expect(theirs).toMatchObject({ start: TUE_1000, tzid: 'America/New_York', location: event.location });

    const unknown = await get(`/bookings/00000000-0000-4000-8000-000000000000.ics`, stranger);
    for (const account of [stranger, otherTherapist, admin]) {
      const response = await get(`/bookings/${booking.id}.ics`, account);
      expect(response.status).toBe(404);
      expect(await response.text()).toBe(await (await get(`/bookings/00000000-0000-4000-8000-000000000000.ics`, account)).text());
    }
    expect(unknown.status).toBe(404);
    expect((await get(`/bookings/${booking.id}.ics`)).status).toBe(401);
  });
});

describe('the therapist calendar feed', () => {
  it('is made, shown again, rotated (the old URL stops working), and lists bookings with cancellations at a higher SEQUENCE', async () => {
    expect(data(await graphql(app.baseUrl, FEED_URL, {}, therapist)).myAvailability.settings.calendarFeedUrl).toBeNull();
    const first: string = data(await graphql(app.baseUrl, ROTATE, {}, therapist)).rotateCalendarFeedToken;
    expect(first).toMatch(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(data(await graphql(app.baseUrl, FEED_URL, {}, therapist)).myAvailability.settings.calendarFeedUrl).toBe(first);
    // The token is stored only hashed and sealed.
    const token = first.split('/calendar/')[1].replace('.ics', '');
    const stored = JSON.stringify(await app.em().getConnection().execute(`select * from calendar_feed_tokens`));
    expect(stored).not.toContain(token);

    const kept = await bookFree(app, client, therapist, WED_1000);
    const moved = await bookFree(app, stranger, therapist, THU_1000);
    data(await graphql(app.baseUrl, RESCHEDULE, { id: moved.id, newStartsAt: '2026-03-05T16:00:00.000Z' }, stranger));
    const cancelled = await bookFree(app, client, therapist, '2026-03-06T15:00:00.000Z');
    data(await graphql(app.baseUrl, CANCEL, { id: cancelled.id, reason: 'Travel' }, client));
    // Another therapist's bookings never show.
    const elsewhere = await bookFree(app, client, otherTherapist, WED_1000);

    const path = new URL(first).pathname;
    const response = await get(path);
    expect(response.status).toBe(200);
    const body = await response.text();
    const events = eventsOf(body);
    const byUid = new Map(events.map((event) => [event.uid, event]));
    expect(byUid.get(`booking-${kept.id}@rapport`)).toMatchObject({ status: 'CONFIRMED', sequence: 1, tzid: 'America/New_York', start: WED_1000 });
    expect(byUid.get(`booking-${moved.id}@rapport`)).toMatchObject({ status: 'CONFIRMED', sequence: 2, start: '2026-03-05T16:00:00.000Z' });
    expect(byUid.get(`booking-${cancelled.id}@rapport`)).toMatchObject({ status: 'CANCELLED', sequence: 2 });
    expect(byUid.has(`booking-${elsewhere.id}@rapport`)).toBe(false);
    // The feed says nothing about who the client is.
    expect(body).not.toContain(client.email.split('@')[0]);
    expect(body).not.toContain(stranger.email.split('@')[0]);

    const second: string = data(await graphql(app.baseUrl, ROTATE, {}, therapist)).rotateCalendarFeedToken;
    expect(second).not.toBe(first);
    expect((await get(path)).status).toBe(404);
    expect((await get(new URL(second).pathname)).status).toBe(200);
    expect((await get('/calendar/not-a-token.ics')).status).toBe(404);
  });

  it('is for therapists only', async () => {
    expect(errorCode(await graphql(app.baseUrl, ROTATE, {}, client))).toBe('FORBIDDEN');
  });
});

describe('where the session happens', () => {
  const BOOKING = `query ($id: ID!) { booking(id: $id) { where { format address joinUrl instructions } } }`;

  it('shows the video room or the office to the two parties only', async () => {
    const booking = await bookFree(app, client, therapist, '2026-03-09T15:00:00.000Z');
    const forClient = data(await graphql(app.baseUrl, BOOKING, { id: booking.id }, client)).booking.where;
    expect(forClient.joinUrl).toMatch(/^https:\/\/rooms\.example\.org\/r\/rapport-[0-9a-f-]{36}$/);
    expect(data(await graphql(app.baseUrl, BOOKING, { id: booking.id }, therapist)).booking.where.joinUrl).toBe(forClient.joinUrl);
    expect(data(await graphql(app.baseUrl, BOOKING, { id: booking.id }, admin)).booking.where).toMatchObject({ format: 'VIDEO', joinUrl: null, address: null });
    expect(errorCode(await graphql(app.baseUrl, BOOKING, { id: booking.id }, stranger))).toBe('NOT_FOUND');
    // Each booking gets its own room.
    const another = await bookFree(app, client, therapist, '2026-03-10T15:00:00.000Z');
    expect(data(await graphql(app.baseUrl, BOOKING, { id: another.id }, client)).booking.where.joinUrl).not.toBe(forClient.joinUrl);
  });

  it("uses the therapist's own https link, the office, or the phone note", async () => {
    const own = await createBookableTherapist(app, admin, {
      profile: { formats: ['VIDEO', 'IN_PERSON', 'PHONE'], office: { address: '5 Main St, Albany, NY', latitude: 42.65, longitude: -73.75 } },
      sessionType: { formats: ['VIDEO', 'IN_PERSON', 'PHONE'], videoLink: 'https://video.example.com/dr-own', locationNote: 'Please be on time.' },
    });
    const refused = await graphql(
      app.baseUrl,
      `mutation ($input: SessionTypeInput!) { createSessionType(input: $input) { id } }`,
      { input: { name: 'Plain', kind: 'INDIVIDUAL', durationMinutes: 50, priceMinor: 0, formats: ['VIDEO'], videoLink: 'http://video.example.com/x' } },
      own,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'videoLink' });

    const video = await bookFree(app, client, own, '2026-03-03T14:00:00.000Z');
    expect(video.where).toMatchObject({ format: 'VIDEO', joinUrl: 'https://video.example.com/dr-own' });
    const held = data(
      await graphql(app.baseUrl, `mutation ($input: HoldSlotInput!) { holdSlot(input: $input) { where { format address joinUrl instructions } } }`, {
        input: { therapistId: own.profileId, sessionTypeId: own.sessionTypeId, startsAt: '2026-03-04T14:00:00.000Z', idempotencyKey: 'where-in-person-1', jurisdiction: 'NY', format: 'IN_PERSON' },
      }, client),
    ).holdSlot.where;
    expect(held).toMatchObject({ format: 'IN_PERSON', address: '5 Main St, Albany, NY', joinUrl: null });
    const phone = data(
      await graphql(app.baseUrl, `mutation ($input: HoldSlotInput!) { holdSlot(input: $input) { where { format address joinUrl instructions } } }`, {
        input: { therapistId: own.profileId, sessionTypeId: own.sessionTypeId, startsAt: '2026-03-05T14:00:00.000Z', idempotencyKey: 'where-phone-1', jurisdiction: 'NY', format: 'PHONE' },
      }, client),
    ).holdSlot.where;
    expect(phone).toMatchObject({ format: 'PHONE', joinUrl: null, address: null });
    expect(phone.instructions).toMatch(/your therapist calls you.*Please be on time\./);
    // The public profile never shows the therapist's own link.
    const profile = data(await graphql(app.baseUrl, `query ($id: ID!) { therapist(id: $id) { sessionTypes { videoLink locationNote } } }`, { id: own.profileId }));
    expect(profile.therapist.sessionTypes).toEqual([{ videoLink: null, locationNote: null }]);
  });
});
