import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { addDuration } from '@rapport/domain';
import { AuditService } from '../audit/audit.service';
import { User } from '../auth/entities/user.entity';
import { BookingCalendarEvents } from '../bookings/booking-calendar-events';
import { BookingViews } from '../bookings/booking-views.service';
import { BookingError } from '../bookings/bookings.errors';
import { Booking, BookingStatus } from '../bookings/entities/booking.entity';
import { buildCalendar, buildCalendarFeed } from '../calendar/build-calendar';
import { Clock } from '../common/clock';
import { openJson, sealJson } from '../common/encryption/sealed-json';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { publicUrlOf } from '../config/public-url';
import { TherapistsService } from '../therapists/therapists.service';
import { CalendarFeedError } from './calendar-feed.errors';
import { CalendarFeedToken } from './calendar-feed-token.entity';

/** The feed shows this much of the past and the future. */
const FEED_PAST = { days: 30 };
const FEED_AHEAD = { days: 400 };
const FEED_LIMIT = 2000;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

const bindingOf = (row: Pick<CalendarFeedToken, 'id'>) => ({ column: 'calendar_feed_tokens.sealed_token', rowId: row.id });
const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** `.ics` files of one booking for its two parties, and each therapist's private, revocable feed. */
@Injectable()
export class CalendarFeedService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly events: BookingCalendarEvents,
    private readonly views: BookingViews,
    private readonly therapists: TherapistsService,
    private readonly audit: AuditService,
  ) {}

  /** One booking's `.ics`, for its client (in the client's zone) or its therapist; anyone else is told it does not exist. */
  async bookingFile(user: User, bookingId: string): Promise<string> {
    const viewer = await this.views.partyOf(user, bookingId);
    const booking = await this.em.findOneOrFail(Booking, { id: bookingId }, { populate: ['therapist', 'sessionType', 'client'] });
    const events = await this.events.eventsFor([booking], { viewer, timeZone: viewer === 'CLIENT' ? user.timeZone : undefined });
    // A hold or a lapsed hold is not an appointment yet: nothing to put in a calendar.
    if (events.length === 0) throw BookingError.notFound();
    return buildCalendar({ name: 'Rapport session', events, generatedAt: this.clock.now() });
  }

  /** The feed behind a token: the therapist's bookings from a month ago on, cancelled ones as CANCELLED. */
  async feed(token: string): Promise<string> {
    if (!TOKEN_PATTERN.test(token)) throw CalendarFeedError.feedNotFound();
    const row = await this.em.findOne(CalendarFeedToken, { tokenHash: hashOf(token) }, { populate: ['therapist'] });
    if (!row) throw CalendarFeedError.feedNotFound();
    const now = this.clock.now();
    const bookings = await this.em.find(
      Booking,
      {
        therapist: row.therapist.id,
        startsAt: { $gte: addDuration(now, { days: -FEED_PAST.days }), $lt: addDuration(now, FEED_AHEAD) },
        status: { $in: [BookingStatus.CONFIRMED, BookingStatus.COMPLETED, BookingStatus.NO_SHOW, BookingStatus.CANCELLED] },
      },
      { orderBy: { startsAt: 'asc' }, limit: FEED_LIMIT, populate: ['therapist', 'sessionType', 'client'] },
    );
    const events = await this.events.eventsFor(bookings, { viewer: 'THERAPIST' });
    return buildCalendarFeed({ name: `Rapport: ${row.therapist.displayName}`, events, generatedAt: now });
  }

  /** The caller's feed URL, or null before they made one. */
  async feedUrl(therapist: User): Promise<string | null> {
    const profile = await this.therapists.requireOwnProfile(therapist);
    const row = await this.em.findOne(CalendarFeedToken, { therapist: profile.id });
    return row ? this.urlOf(openJson<string>(row.sealedToken, bindingOf(row))) : null;
  }

  /** A new secret feed URL; the previous one (if any) stops working in the same transaction. */
  async rotate(therapist: User): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await this.em.transactional(async (em) => {
      const profile = await this.therapists.requireOwnProfile(therapist, em);
      await em.nativeDelete(CalendarFeedToken, { therapist: profile.id });
      const id = randomUUID();
      em.create(CalendarFeedToken, { id, therapist: profile, tokenHash: hashOf(token), sealedToken: sealJson(token, bindingOf({ id })), createdAt: this.clock.now() });
      this.audit.record(em, { actor: therapist, action: 'calendar_feed.rotated', subjectType: 'TherapistProfile', subjectId: profile.id });
    });
    return this.urlOf(token);
  }

  private urlOf(token: string): string {
    return `${publicUrlOf(this.config)}/calendar/${token}.ics`;
  }
}
