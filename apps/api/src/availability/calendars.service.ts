import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { addDuration } from '@rapport/domain';
import { AuditService } from '../audit/audit.service';
import { User } from '../auth/entities/user.entity';
import { Clock } from '../common/clock';
import { InputError } from '../common/errors/app-error';
import { THERAPIST_CHANGED } from '../outbox/outbox-topics';
import { OutboxService } from '../outbox/outbox.service';
import { TherapistProfile } from '../therapists/entities/therapist-profile.entity';
import { TherapistsService } from '../therapists/therapists.service';
import { AvailabilityError } from './availability.errors';
import { settingsFor } from './booking-settings';
import { CalendarFeedInput, CalendarUploadInput } from './dto/availability.input';
import { ExternalBusyTime } from './entities/external-busy-time.entity';
import { CalendarSource, ExternalCalendar } from './entities/external-calendar.entity';
import { FeedFetcher } from './feeds/feed-fetcher';
import { FeedFetchLimit } from './feeds/feed-fetch-limit';
import { feedFailureMessage } from './feeds/feed-messages';
import { FeedFetchError } from './feeds/safe-fetch';
import { BusyInterval, IcsParseError } from './ics/parse-ics-busy';
import { parseIcsBusyOffThread } from './ics/parse-ics-off-thread';
import { ExternalCalendarModel } from './models/availability.models';

/** A feed that could not be read: `message` is for the therapist, `reason` for the logs and the audit trail. */
class FeedReadError extends Error {
  constructor(
    readonly reason: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * External calendars (uploaded .ics files and iCalendar feed URLs) whose
 * events block slots. Owns the busy times they produce: only this service
 * writes them. Every change is audited (ids and counts, never the calendar's
 * content or address) and tells the search index.
 */
// 5 parameters a busy row; PostgreSQL takes at most 65,535 per statement.
const BUSY_ROWS_PER_INSERT = 5_000;

@Injectable()
export class CalendarsService {
  private readonly logger = new Logger(CalendarsService.name);

  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly therapists: TherapistsService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly feeds: FeedFetcher,
    private readonly fetchLimit: FeedFetchLimit,
  ) {}

  /** A therapist's calendars, oldest first, with how many busy blocks each adds. */
  async listOwn(profile: TherapistProfile): Promise<ExternalCalendarModel[]> {
    const [calendars, busyCounts] = await Promise.all([
      this.em.find(ExternalCalendar, { therapist: profile }, { orderBy: { createdAt: 'asc' } }),
      this.em.getConnection().execute<{ calendar_id: string; total: number }[]>(
        'select calendar_id, count(*)::int as total from external_busy_times where therapist_id = ? group by calendar_id',
        [profile.id],
      ),
    ]);
    const countByCalendar = new Map(busyCounts.map((row) => [row.calendar_id, row.total]));
    return calendars.map((calendar) => ({ ...calendar, busyCount: countByCalendar.get(calendar.id) ?? 0 }));
  }

  async upload(user: User, input: CalendarUploadInput): Promise<void> {
    const { profile, range } = await this.ownerAndRange(user);
    let intervals: BusyInterval[];
    try {
      intervals = await parseIcsBusyOffThread(input.icsText, range.window, range.timeZone);
    } catch (error) {
      if (error instanceof IcsParseError) throw new InputError('icsText', error.message);
      throw error;
    }
    await this.em.transactional(async (em) => {
      const calendar = em.create(ExternalCalendar, { therapist: profile.id, source: CalendarSource.UPLOAD, name: input.name.trim(), lastSyncedAt: this.clock.now() });
      await this.replaceBusyTimes(em, calendar, intervals);
      this.recordChange(em, user, calendar, 'calendar.uploaded', { busyBlocks: intervals.length });
    });
  }

  /** Adds a feed only once it has been read: a wrong or refused address saves nothing and names the `url` field. */
  async addFeed(user: User, input: CalendarFeedInput): Promise<void> {
    try {
      this.feeds.checkUrl(input.url); // a malformed address costs no fetch from the therapist's allowance
    } catch (error) {
      if (error instanceof FeedFetchError) throw new InputError('url', feedFailureMessage(error.failure));
      throw error;
    }
    const { profile, range } = await this.ownerAndRange(user);
    await this.fetchLimit.take(profile.id);
    let intervals: BusyInterval[];
    try {
      intervals = await this.readFeed(input.url, range);
    } catch (error) {
      if (!(error instanceof FeedReadError)) throw error;
      this.logger.warn(`calendar feed not added for therapist ${profile.id}: ${error.reason}`); // never the URL: it often holds a secret token
      throw new InputError('url', error.message);
    }
    await this.em.transactional(async (em) => {
      const calendar = em.create(ExternalCalendar, {
        therapist: profile.id,
        source: CalendarSource.FEED,
        name: input.name.trim(),
        feedUrl: input.url.trim(),
        lastSyncedAt: this.clock.now(),
      });
      await this.replaceBusyTimes(em, calendar, intervals);
      this.recordChange(em, user, calendar, 'calendar.feed_added', { busyBlocks: intervals.length });
    });
  }

  /**
   * Reads a feed again. A failure keeps the busy times it had and is kept on
   * the calendar as `lastError` (audited, not thrown): the feed was fine
   * before and may be again.
   */
  async refresh(user: User, calendarId: string): Promise<void> {
    const { profile, range } = await this.ownerAndRange(user);
    const calendar = await this.em.findOne(ExternalCalendar, { id: calendarId, therapist: profile });
    if (!calendar) throw AvailabilityError.calendarNotFound();
    if (calendar.source !== CalendarSource.FEED || !calendar.feedUrl) return;
    await this.fetchLimit.take(profile.id);
    let intervals: BusyInterval[];
    try {
      intervals = await this.readFeed(calendar.feedUrl, range);
    } catch (error) {
      if (!(error instanceof FeedReadError)) throw error;
      this.logger.warn(`calendar feed ${calendarId} refresh failed: ${error.reason}`);
      await this.em.transactional(async (em) => {
        em.merge(calendar).lastError = error.message;
        this.audit.record(em, { actor: user, action: 'calendar.refresh_failed', subjectType: 'ExternalCalendar', subjectId: calendar.id, details: { reason: error.reason } });
      });
      return;
    }
    await this.em.transactional(async (em) => {
      Object.assign(em.merge(calendar), { lastSyncedAt: this.clock.now(), lastError: null });
      await this.replaceBusyTimes(em, calendar, intervals);
      this.recordChange(em, user, calendar, 'calendar.refreshed', { busyBlocks: intervals.length });
    });
  }

  async remove(user: User, calendarId: string): Promise<void> {
    await this.em.transactional(async (em) => {
      const profile = await this.therapists.requireOwnProfile(user, em);
      const calendar = await em.findOne(ExternalCalendar, { id: calendarId, therapist: profile });
      if (!calendar) throw AvailabilityError.calendarNotFound();
      const busyBlocks = await em.count(ExternalBusyTime, { calendar });
      em.remove(calendar); // its busy times go with it (on delete cascade)
      this.recordChange(em, user, calendar, 'calendar.removed', { busyBlocks });
    });
  }

  /** The therapist's profile and the range busy times are kept for: a day back to the end of the horizon, in their zone. */
  private async ownerAndRange(user: User) {
    const profile = await this.therapists.requireOwnProfile(user);
    const settings = await settingsFor(this.em, profile, user);
    await this.em.flush(); // settings created with defaults on first use
    const now = this.clock.now();
    return {
      profile,
      range: { timeZone: settings.timeZone, window: { from: addDuration(now, { days: -1 }), to: addDuration(now, { days: settings.horizonDays + 1 }) } },
    };
  }

  private async readFeed(url: string, range: { timeZone: string; window: { from: Date; to: Date } }): Promise<BusyInterval[]> {
    let text: string;
    try {
      text = await this.feeds.fetchText(url);
    } catch (error) {
      if (!(error instanceof FeedFetchError)) throw error;
      throw new FeedReadError(`${error.failure}${error.logDetail ? `: ${error.logDetail}` : ''}`, feedFailureMessage(error.failure));
    }
    try {
      return await parseIcsBusyOffThread(text, range.window, range.timeZone);
    } catch (error) {
      if (!(error instanceof IcsParseError)) throw error;
      throw new FeedReadError('unreadable_calendar', feedFailureMessage('unreadable_calendar', error.message));
    }
  }

  /**
   * Busy blocks of one calendar, replaced wholesale. Multi-row inserts, not one
   * managed entity per interval: a file of thousands of events would otherwise
   * hold the event loop for seconds in the unit of work.
   */
  private async replaceBusyTimes(em: EntityManager, calendar: ExternalCalendar, intervals: BusyInterval[]): Promise<void> {
    await em.flush(); // a new calendar's row must exist before its busy blocks reference it
    await em.nativeDelete(ExternalBusyTime, { calendar: calendar.id });
    for (let first = 0; first < intervals.length; first += BUSY_ROWS_PER_INSERT) {
      const rows = intervals.slice(first, first + BUSY_ROWS_PER_INSERT).map((interval) => ({
        id: randomUUID(),
        calendar: calendar.id,
        therapist: calendar.therapist.id,
        startsAt: interval.start,
        endsAt: interval.end,
      }));
      await em.insertMany(ExternalBusyTime, rows);
    }
  }

  private recordChange(em: EntityManager, user: User, calendar: ExternalCalendar, action: string, details: Record<string, unknown>): void {
    this.audit.record(em, { actor: user, action, subjectType: 'ExternalCalendar', subjectId: calendar.id, details });
    this.outbox.enqueue(em, THERAPIST_CHANGED, { therapistId: calendar.therapist.id });
  }
}
