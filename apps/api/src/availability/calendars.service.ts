import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuditService } from '../audit/audit.service';
import { User } from '../auth/entities/user.entity';
import { Clock } from '../common/clock';
import { InputError } from '../common/errors/app-error';
import { TherapistsService } from '../therapists/therapists.service';
import { AvailabilityError } from './availability.errors';
import { CalendarFeedInput, CalendarUploadInput } from './dto/availability.input';
import { CalendarSource, ExternalCalendar } from './entities/external-calendar.entity';
import { IcsParseError, parseIcsBusy } from './ics/parse-ics-busy';
import { ScheduleService } from './schedule.service';

const FEED_TIMEOUT_MS = 10_000;
const FEED_MAX_BYTES = 2_000_000;

/** External calendars (uploaded .ics files and iCalendar feed URLs) whose events block slots. */
@Injectable()
export class CalendarsService {
  private readonly logger = new Logger(CalendarsService.name);

  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly therapists: TherapistsService,
    private readonly schedule: ScheduleService,
    private readonly audit: AuditService,
  ) {}

  async upload(user: User, input: CalendarUploadInput): Promise<void> {
    await this.em.transactional(async (em) => {
      const profile = await this.therapists.requireOwnProfile(user, em);
      const settings = await this.schedule.settingsFor(em, profile, user);
      const intervals = this.parse(input.icsText, settings.timeZone, settings.horizonDays, 'icsText');
      const calendar = em.create(ExternalCalendar, { therapist: profile, source: CalendarSource.UPLOAD, name: input.name.trim(), lastSyncedAt: this.clock.now() });
      await em.flush();
      await this.schedule.replaceBusyTimes(em, calendar, intervals);
      this.audit.record(em, { actor: user, action: 'calendar.uploaded', subjectType: 'ExternalCalendar', subjectId: calendar.id, details: { busyBlocks: intervals.length } });
    });
  }

  /** Adds a feed and fetches it once; a fetch failure is kept on the calendar, not thrown. */
  async addFeed(user: User, input: CalendarFeedInput): Promise<void> {
    if (isPrivateHost(new URL(input.url).hostname)) {
      throw new InputError('url', 'Use the public address of your calendar feed.');
    }
    const calendarId = await this.em.transactional(async (em) => {
      const profile = await this.therapists.requireOwnProfile(user, em);
      const calendar = em.create(ExternalCalendar, { therapist: profile, source: CalendarSource.FEED, name: input.name.trim(), feedUrl: input.url });
      this.audit.record(em, { actor: user, action: 'calendar.feed_added', subjectType: 'ExternalCalendar', subjectId: calendar.id });
      return calendar.id;
    });
    await this.refresh(user, calendarId);
  }

  async refresh(user: User, calendarId: string): Promise<void> {
    const profile = await this.therapists.requireOwnProfile(user);
    const calendar = await this.em.findOne(ExternalCalendar, { id: calendarId, therapist: profile });
    if (!calendar) throw AvailabilityError.calendarNotFound();
    if (calendar.source !== CalendarSource.FEED || !calendar.feedUrl) return;
    const settings = await this.schedule.settingsFor(this.em, profile, user);
    try {
      const text = await fetchFeed(calendar.feedUrl);
      const intervals = this.parse(text, settings.timeZone, settings.horizonDays, 'url');
      await this.em.transactional(async (em) => {
        await this.schedule.replaceBusyTimes(em, em.merge(calendar), intervals);
        Object.assign(em.merge(calendar), { lastSyncedAt: this.clock.now(), lastError: null });
      });
    } catch (error) {
      const message = error instanceof InputError || error instanceof Error ? error.message : String(error);
      this.logger.warn(`calendar feed ${calendar.id} failed: ${message}`);
      calendar.lastError = message.slice(0, 300);
      await this.em.flush();
    }
  }

  async remove(user: User, calendarId: string): Promise<void> {
    const profile = await this.therapists.requireOwnProfile(user);
    const deleted = await this.em.nativeDelete(ExternalCalendar, { id: calendarId, therapist: profile });
    if (deleted === 0) throw AvailabilityError.calendarNotFound();
  }

  private parse(text: string, timeZone: string, horizonDays: number, field: string) {
    const now = this.clock.now();
    try {
      return parseIcsBusy(text, { from: new Date(now.getTime() - 86_400_000), to: new Date(now.getTime() + (horizonDays + 1) * 86_400_000) }, timeZone);
    } catch (error) {
      if (error instanceof IcsParseError) throw new InputError(field, error.message);
      throw error;
    }
  }
}

async function fetchFeed(url: string): Promise<string> {
  const response = await fetch(url.replace(/^webcal:/, 'https:'), { signal: AbortSignal.timeout(FEED_TIMEOUT_MS), redirect: 'follow' });
  if (!response.ok) throw new Error(`The calendar address answered ${response.status}.`);
  const text = await response.text();
  if (text.length > FEED_MAX_BYTES) throw new Error('The calendar is larger than 2 MB.');
  return text;
}

/**
 * Refuses feed URLs that name this machine or a private network literally.
 * (A public name that resolves to a private address is not caught here; see README.)
 */
function isPrivateHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host.endsWith('.internal') ||
    /^(127\.|10\.|192\.168\.|169\.254\.|0\.)/.test(host) ||
    /^172\.(1[6-9]|2\d|3[01])\./.test(host) ||
    host === '::1' ||
    /^f[cd][0-9a-f]{2}:/.test(host) ||
    /^fe80:/.test(host)
  );
}
