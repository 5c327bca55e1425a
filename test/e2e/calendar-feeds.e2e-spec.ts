// Calendar feeds through the real application, which always uses the strict address
// policy: a local server stands in for an internal service a feed URL must never reach.
import { createServer, IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CalendarSource, ExternalCalendar } from '../../apps/api/src/availability/entities/external-calendar.entity';
import { FEED_FETCHES_PER_MINUTE } from '../../apps/api/src/availability/feeds/feed-fetch-limit';
import { createAdmin, TestAccount } from '../support/accounts';
import { graphql } from '../support/graphql-client';
import { startTestApp, TestApp } from '../support/test-app';
import { createActiveTherapist } from '../support/therapists';

const ADD_FEED = `mutation ($input: CalendarFeedInput!) { addCalendarFeed(input: $input) { calendars { id } } }`;
const REFRESH = `mutation ($id: ID!) { refreshCalendar(id: $id) { calendars { id lastError lastSyncedAt busyCount } } }`;
const REFUSED = "We couldn't read that calendar address. Check that it is the public iCal link from your calendar app (it starts with https:// or webcal://) and try again.";

let app: TestApp;
let admin: TestAccount;
let internal: Server;
let port: number;
const reached: IncomingMessage[] = [];

beforeAll(async () => {
  app = await startTestApp();
  admin = await createAdmin(app);
  internal = createServer((request, response) => {
    reached.push(request);
    response.end('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
  });
  await new Promise<void>((resolve) => internal.listen(0, '127.0.0.1', resolve));
  port = (internal.address() as AddressInfo).port;
});
afterAll(async () => {
  internal?.close();
  await app?.close();
});

describe('calendar feeds', () => {
  it.each([
    () => `http://127.0.0.1:${port}/calendar.ics`,
    () => 'http://localhost/calendar.ics',
    () => 'http://2130706433/calendar.ics',
    () => 'webcal://[::ffff:127.0.0.1]/calendar.ics',
    () => 'http://169.254.169.254/latest/meta-data/',
  ])('refuses a feed address that leads inside (%#) with a plain message on the url field, saving nothing', async (url) => {
    const therapist = await createActiveTherapist(app, admin);
    const response = await graphql(app.baseUrl, ADD_FEED, { input: { name: 'Personal', url: url() } }, therapist);
    expect(response.errors?.[0]).toMatchObject({ message: REFUSED, extensions: { code: 'BAD_USER_INPUT', field: 'url' } });
    expect(await app.em().count(ExternalCalendar, { therapist: therapist.profileId })).toBe(0);
    expect(reached).toHaveLength(0);
  });

  it('keeps a refused refresh on the calendar as a plain error, without reaching the address', async () => {
    const therapist = await createActiveTherapist(app, admin);
    const em = app.em();
    // A feed saved before its address started pointing inside (say, its DNS changed).
    const saved = em.create(ExternalCalendar, { therapist: therapist.profileId, source: CalendarSource.FEED, name: 'Old', feedUrl: `http://127.0.0.1:${port}/` });
    await em.flush();
    const response = await graphql(app.baseUrl, REFRESH, { id: saved.id }, therapist);
    expect(response.errors).toBeUndefined();
    expect(response.data?.refreshCalendar.calendars).toEqual([{ id: saved.id, lastError: REFUSED, lastSyncedAt: null, busyCount: 0 }]);
    expect(reached).toHaveLength(0);
  });

  it(`allows ${FEED_FETCHES_PER_MINUTE} feed reads a minute per therapist, then answers TOO_MANY_REQUESTS`, async () => {
    const therapist = await createActiveTherapist(app, admin);
    const attempt = () => graphql(app.baseUrl, ADD_FEED, { input: { name: 'Personal', url: 'http://10.0.0.1/feed.ics' } }, therapist);
    for (let i = 0; i < FEED_FETCHES_PER_MINUTE; i++) expect((await attempt()).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await attempt()).errors?.[0]).toMatchObject({ extensions: { code: 'TOO_MANY_REQUESTS' } });
  });

  it.each(['ftp://calendar.example.com/feed.ics', 'https://calendar.example.com:8443/feed.ics', 'not an address'])('refuses %s before any fetch, with the same plain words', async (url) => {
    const therapist = await createActiveTherapist(app, admin);
    const response = await graphql(app.baseUrl, ADD_FEED, { input: { name: 'Personal', url } }, therapist);
    expect(response.errors?.[0]).toMatchObject({ message: REFUSED, extensions: { code: 'BAD_USER_INPUT', field: 'url' } });
  });
});
