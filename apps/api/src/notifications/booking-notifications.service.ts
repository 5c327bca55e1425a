import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { addDuration } from '@rapport/domain';
import { BookingCalendarEvents } from '../bookings/booking-calendar-events';
import { BookingViews } from '../bookings/booking-views.service';
import { BookingsService } from '../bookings/bookings.service';
import { Booking, BookingStatus } from '../bookings/entities/booking.entity';
import { buildCalendar } from '../calendar/build-calendar';
import { Clock } from '../common/clock';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { publicUrlOf } from '../config/public-url';
import { inContextOfItsOwn } from '../database/request-context';
import { JobHandlers } from '../jobs/job-handlers';
import { JobPayloads } from '../jobs/job-names';
import { JobQueue } from '../jobs/job-queue';
import { Mailer } from '../mail/mailer';
import { BOOKING_CHANGED, BookingChangeKind, OutboxTopics } from '../outbox/outbox-topics';
import { OutboxHandlers } from '../outbox/outbox-handlers';
import { bookingMail, BookingMailKind } from './booking-mail';

export const BOOKING_REMINDER = 'booking.reminder' as const;
export const BOOKING_HOLD_EXPIRY = 'booking.hold-expiry' as const;

/** Reminders go out this long before the start; the 1-hour one also to the therapist. */
const REMINDERS = [
  { kind: '24h', before: { hours: 24 }, mailKind: 'REMINDER_24H', therapistToo: false },
  { kind: '1h', before: { hours: 1 }, mailKind: 'REMINDER_1H', therapistToo: true },
] as const;

const reminderKey = (bookingId: string, kind: string) => `${bookingId}:reminder:${kind}`;

/**
 * E-mail and timed work that follow a booking's changes (the `booking.changed`
 * outbox event): confirmation, reschedule and cancellation mail to both
 * parties with the `.ics`; reminders 24 h and 1 h before as jobs keyed per
 * booking (moved with a reschedule, dropped on cancel, and checked again when
 * they run); and the hold-expiry job. Everything here may run twice: mail keys
 * and job keys make a redelivered event harmless while its work still waits.
 */
@Injectable()
export class BookingNotifications implements OnModuleInit {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: OutboxHandlers,
    private readonly handlers: JobHandlers,
    private readonly jobs: JobQueue,
    private readonly mailer: Mailer,
    private readonly views: BookingViews,
    private readonly calendarEvents: BookingCalendarEvents,
    private readonly bookings: BookingsService,
  ) {}

  onModuleInit(): void {
    this.outbox.register(BOOKING_CHANGED, (payloads) => this.onBookingChanges(payloads));
    // Jobs run outside any request: each gets its own ORM context.
    this.handlers.register(BOOKING_REMINDER, (data) => inContextOfItsOwn(this.em, () => this.sendReminder(data)), { retryLimit: 5, retryDelaySeconds: 30 });
    // The hold's own record is closed; each expiry writes booking.changed EXPIRED, which the waitlist follows.
    this.handlers.register(BOOKING_HOLD_EXPIRY, () => inContextOfItsOwn(this.em, async () => void (await this.bookings.expireAllLapsedHolds())), { retryLimit: 5, retryDelaySeconds: 10 });
  }

  async onBookingChanges(payloads: OutboxTopics['booking.changed'][]): Promise<void> {
    for (const { bookingId, change } of payloads) await this.onBookingChange(bookingId, change);
  }

  private async onBookingChange(bookingId: string, change: BookingChangeKind): Promise<void> {
    const em = this.em.fork();
    const booking = await em.findOne(Booking, { id: bookingId }, { populate: ['therapist', 'therapist.user', 'client', 'sessionType'] });
    if (!booking) return;
    switch (change) {
      case 'HELD':
        if (booking.status === BookingStatus.HELD && booking.holdExpiresAt) {
          await this.jobs.send(BOOKING_HOLD_EXPIRY, { bookingId }, { singletonKey: bookingId, startAfter: booking.holdExpiresAt });
        }
        return;
      case 'CONFIRMED':
        await this.jobs.cancel(BOOKING_HOLD_EXPIRY, bookingId);
        if (booking.status !== BookingStatus.CONFIRMED) return;
        await this.scheduleReminders(booking);
        await this.mailBoth(em, booking, 'CONFIRMED');
        return;
      case 'RESCHEDULED':
        if (booking.status !== BookingStatus.CONFIRMED) return;
        await this.scheduleReminders(booking);
        await this.mailBoth(em, booking, 'RESCHEDULED', { previousStartsAt: (await this.views.previousTimesOf(bookingId))?.startsAt ?? null });
        return;
      case 'CANCELLED':
        await this.cancelReminders(bookingId);
        await this.jobs.cancel(BOOKING_HOLD_EXPIRY, bookingId);
        // A released hold was never in anyone's calendar: nobody needs telling.
        if (await this.views.wasConfirmed(bookingId)) await this.mailBoth(em, booking, 'CANCELLED');
        return;
      case 'COMPLETED':
      case 'NO_SHOW':
      case 'EXPIRED':
        await this.cancelReminders(bookingId);
        return;
    }
  }

  /** Each reminder at its time before the start (replacing a waiting one); a reminder whose time has passed is not sent late. */
  private async scheduleReminders(booking: Booking): Promise<void> {
    const now = this.clock.now();
    for (const reminder of REMINDERS) {
      const runAt = addDuration(booking.startsAt, { hours: -reminder.before.hours });
      if (runAt <= now) {
        await this.jobs.cancel(BOOKING_REMINDER, reminderKey(booking.id, reminder.kind));
        continue;
      }
      await this.jobs.schedule(BOOKING_REMINDER, reminderKey(booking.id, reminder.kind), runAt, {
        bookingId: booking.id,
        kind: reminder.kind,
        startsAt: booking.startsAt.toISOString(),
      });
    }
  }

  private async cancelReminders(bookingId: string): Promise<void> {
    for (const reminder of REMINDERS) await this.jobs.cancel(BOOKING_REMINDER, reminderKey(bookingId, reminder.kind));
  }

  /** Checked when it runs: a cancelled, closed or moved booking gets no reminder (the moved one has its own). */
  async sendReminder(data: JobPayloads['booking.reminder']): Promise<void> {
    const em = this.em.fork();
    const booking = await em.findOne(Booking, { id: data.bookingId }, { populate: ['therapist', 'therapist.user', 'client', 'sessionType'] });
    if (!booking || booking.status !== BookingStatus.CONFIRMED || booking.startsAt.toISOString() !== data.startsAt) return;
    if (booking.startsAt <= this.clock.now()) return;
    const reminder = REMINDERS.find((candidate) => candidate.kind === data.kind);
    if (!reminder) return;
    await this.mail(em, booking, 'CLIENT', reminder.mailKind, {});
    if (reminder.therapistToo) await this.mail(em, booking, 'THERAPIST', reminder.mailKind, {});
  }

  /** Mail to one party, with the booking's `.ics` (as that party's calendar should show it). */
  async mail(em: EntityManager, booking: Booking, recipient: 'CLIENT' | 'THERAPIST', kind: BookingMailKind, extra: { previousStartsAt?: Date | null }): Promise<void> {
    const [model] = await this.views.toModels([booking], recipient);
    const timeZone = recipient === 'CLIENT' ? booking.client.timeZone : model.therapist.timeZone;
    const { subject, text } = bookingMail({ kind, booking: model, recipient, timeZone, publicUrl: publicUrlOf(this.config), previousStartsAt: extra.previousStartsAt });
    const events = await this.calendarEvents.eventsFor([booking], { viewer: recipient, timeZone, em });
    const attachments = events.length > 0 ? [{ filename: 'rapport-session.ics', content: buildCalendar({ name: 'Rapport session', events, generatedAt: this.clock.now() }), contentType: 'text/calendar; charset=utf-8; method=PUBLISH' }] : [];
    const to = recipient === 'CLIENT' ? booking.client.email : booking.therapist.user.email;
    const key = `${booking.id}:${kind}:${recipient}:${booking.startsAt.toISOString()}`;
    await this.mailer.send({ to, subject, text, attachments }, { key });
  }

  private async mailBoth(em: EntityManager, booking: Booking, kind: BookingMailKind, extra: { previousStartsAt?: Date | null } = {}): Promise<void> {
    await this.mail(em, booking, 'CLIENT', kind, extra);
    await this.mail(em, booking, 'THERAPIST', kind, extra);
  }
}
