// CalendarsService against real PostgreSQL and a real HTTP server on loopback. The only
// stand-in is the FeedFetcher, given a policy that lets 127.0.0.1 pass as "public" so the
// success path can be exercised here; the application always uses the strict one.
import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MikroORM, RequestContext } from '@mikro-orm/postgresql';
import { FixedClock } from '../../../../test/support/fixed-clock';
import { createTestDatabase, TestDatabase } from '../../../../test/support/test-database';
import { AuditEvent } from '../audit/audit-event.entity';
import { AuditService } from '../audit/audit.service';
import { User } from '../auth/entities/user.entity';
import { AppError } from '../common/errors/app-error';
import { buildOrmOptions } from '../database/mikro-orm.options';
import { OutboxEvent } from '../outbox/outbox-event.entity';
import { OutboxService } from '../outbox/outbox.service';
import { TherapistProfile } from '../therapists/entities/therapist-profile.entity';
import { LicensingService } from '../licensing/licensing.service';
import { TherapistsService } from '../therapists/therapists.service';
import { CalendarsService } from './calendars.service';
import { ExternalBusyTime } from './entities/external-busy-time.entity';
import { ExternalCalendar } from './entities/external-calendar.entity';
import { publicAddressesOnly } from './feeds/address-policy';
import { FeedFetcher } from './feeds/feed-fetcher';
import { FEED_FETCHES_PER_MINUTE, FeedFetchLimit } from './feeds/feed-fetch-limit';
import { checkUrl, fetchFeedText } from './feeds/safe-fetch';
import { calendar, event } from './ics/testing/ics-test-files';
import { insertTherapist } from './testing/therapist-rows';

const clock = new FixedClock(new Date('2026-03-02T12:00:00Z'));
let database: TestDatabase;
let orm: MikroORM;
let service: CalendarsService;
let server: Server;
let feedUrl: string;
let answer: { status: number; body: string };

beforeAll(async () => {
  server = createServer((_request, response) => response.writeHead(answer.status).end(answer.body));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  feedUrl = `http://127.0.0.1:${port}/calendar.ics?token=secret-token`;
  const ports = [String(port)];
  const loopbackFetcher: FeedFetcher = {
    checkUrl: (url) => void checkUrl(url, ports),
    fetchText: (url) => fetchFeedText(url, { policy: (address) => (address === '127.0.0.1' ? null : publicAddressesOnly(address)), ports }),
  };

  database = await createTestDatabase();
  orm = await MikroORM.init(buildOrmOptions(database.url));
  const [audit, outbox] = [new AuditService(orm.em), new OutboxService(clock)];
  const therapists = new TherapistsService(orm.em, clock, audit, outbox, new LicensingService(orm.em, clock, audit, outbox));
  service = new CalendarsService(orm.em, clock, therapists, audit, outbox, loopbackFetcher, new FeedFetchLimit(orm.em));
});
afterAll(async () => {
  await orm?.close(true);
  server?.close();
  await database?.drop();
});

/** Runs a service call the way a request does: in its own MikroORM context. */
const asRequest = <T>(work: (calendars: CalendarsService) => Promise<T>) => RequestContext.create(orm.em, () => work(service));
const busyOf = (calendarId: string) => orm.em.fork().find(ExternalBusyTime, { calendar: calendarId }, { orderBy: { startsAt: 'asc' } });
const outboxCount = (profile: TherapistProfile) => orm.em.fork().count(OutboxEvent, { payload: { therapistId: profile.id } });
const auditOf = (calendarId: string) => orm.em.fork().find(AuditEvent, { subjectId: calendarId }, { orderBy: { createdAt: 'asc' } });

const twoMeetings = calendar(
  event('a@t', 'DTSTART:20260303T150000Z', 'DURATION:PT1H', 'SUMMARY:Private'),
  event('b@t', 'DTSTART:20260304T150000Z', 'DURATION:PT1H', 'SUMMARY:Private'),
);

async function therapist(): Promise<{ user: User; profile: TherapistProfile }> {
  return insertTherapist(orm.em.fork());
}

async function addFeed(user: User, name = 'Personal'): Promise<ExternalCalendar> {
  await asRequest((calendars) => calendars.addFeed(user, { name, url: feedUrl }));
  return (await orm.em.fork().find(ExternalCalendar, { name }, { orderBy: { createdAt: 'desc' }, limit: 1 }))[0];
}

describe('CalendarsService feeds', () => {
  it('adds a feed once it has been read: busy times stored, one outbox event, an audit event without the address', async () => {
    answer = { status: 200, body: twoMeetings };
    const { user, profile } = await therapist();
    const added = await addFeed(user);
    expect((await busyOf(added.id)).map((busy) => busy.startsAt.toISOString())).toEqual(['2026-03-03T15:00:00.000Z', '2026-03-04T15:00:00.000Z']);
    expect(await outboxCount(profile)).toBe(1);
    const [audit] = await auditOf(added.id);
    expect(audit).toMatchObject({ action: 'calendar.feed_added', details: { busyBlocks: 2 } });
    expect(JSON.stringify(audit.details)).not.toContain('secret-token');
  });

  it('replaces the busy times on refresh, and keeps them with a plain error when the feed fails later', async () => {
    answer = { status: 200, body: twoMeetings };
    const { user, profile } = await therapist();
    const added = await addFeed(user, 'Refreshed');

    answer = { status: 200, body: calendar(event('c@t', 'DTSTART:20260305T150000Z', 'DURATION:PT30M')) };
    await asRequest((calendars) => calendars.refresh(user, added.id));
    expect((await busyOf(added.id)).map((busy) => busy.startsAt.toISOString())).toEqual(['2026-03-05T15:00:00.000Z']);
    expect(await outboxCount(profile)).toBe(2);

    answer = { status: 500, body: 'stack trace from the calendar server' };
    await asRequest((calendars) => calendars.refresh(user, added.id));
    const failed = await orm.em.fork().findOneOrFail(ExternalCalendar, added.id);
    expect(failed.lastError).toBe("We couldn't read that calendar address: the calendar server refused. Check that the calendar is still shared, or copy its link again.");
    expect(await busyOf(added.id)).toHaveLength(1); // kept
    expect(await outboxCount(profile)).toBe(2); // nothing changed for search
    expect((await auditOf(added.id)).map((audit) => [audit.action, audit.details])).toEqual([
      ['calendar.feed_added', { busyBlocks: 2 }],
      ['calendar.refreshed', { busyBlocks: 1 }],
      ['calendar.refresh_failed', { reason: 'http_status: 500' }],
    ]);

    answer = { status: 200, body: 'not a calendar' };
    await asRequest((calendars) => calendars.refresh(user, added.id));
    expect((await orm.em.fork().findOneOrFail(ExternalCalendar, added.id)).lastError).toBe(
      "We reached that calendar address, but couldn't read the calendar there. This isn't a calendar file we can read. Export the calendar again from your calendar app (as an .ics file) and try again.",
    );
  });

  it('saves nothing when a new feed cannot be read, naming the url field with words the therapist can act on', async () => {
    answer = { status: 200, body: calendar(event('m@t', 'DTSTART:20260303T150000Z', 'DURATION:PT1M', 'RRULE:FREQ=MINUTELY')) };
    const { user, profile } = await therapist();
    const error = await asRequest((calendars) => calendars.addFeed(user, { name: 'Minutely', url: feedUrl })).catch((caught: AppError) => caught);
    expect(error).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'url' },
      message: "We reached that calendar address, but couldn't read the calendar there. This calendar has an event that repeats more often than once an hour, which we cannot read.",
    });
    expect(await orm.em.fork().count(ExternalCalendar, { therapist: profile })).toBe(0);
    expect(await outboxCount(profile)).toBe(0);
  });

  it(`allows ${FEED_FETCHES_PER_MINUTE} feed reads a minute per therapist, then TOO_MANY_REQUESTS, without touching another therapist`, async () => {
    answer = { status: 200, body: twoMeetings };
    const busy = await therapist();
    const added = await addFeed(busy.user, 'Limited');
    for (let i = 1; i < FEED_FETCHES_PER_MINUTE; i++) await asRequest((calendars) => calendars.refresh(busy.user, added.id));
    const refused = await asRequest((calendars) => calendars.refresh(busy.user, added.id)).catch((caught: AppError) => caught);
    expect(refused).toMatchObject({ code: 'TOO_MANY_REQUESTS', details: { retryAfterSeconds: expect.any(Number) } });
    const other = await therapist();
    await expect(asRequest((calendars) => calendars.addFeed(other.user, { name: 'Other', url: feedUrl }))).resolves.toBeUndefined();
  });
});
