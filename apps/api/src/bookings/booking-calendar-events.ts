import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { ScheduleService } from '../availability/schedule.service';
import { CalendarEvent } from '../calendar/build-calendar';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { locationOf } from './booking-location';
import { Booking, BookingStatus } from './entities/booking.entity';

/** Statuses a calendar shows as a live appointment; CANCELLED is shown as cancelled, the rest are left out. */
const SHOWN = [BookingStatus.CONFIRMED, BookingStatus.COMPLETED, BookingStatus.NO_SHOW, BookingStatus.CANCELLED];

/**
 * Bookings as calendar events (for `.ics` downloads, mail attachments and the
 * therapist's feed). SEQUENCE is the number of changes after the booking was
 * made (its history rows), so a reschedule or a cancellation always carries a
 * higher one than the copy a calendar app already has. Summaries name the
 * session type only: a calendar file leaves Rapport, so nothing about anyone's care is in it.
 */
@Injectable()
export class BookingCalendarEvents {
  constructor(
    private readonly em: EntityManager,
    private readonly schedules: ScheduleService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Events for these bookings (HELD and EXPIRED ones are left out), each in `timeZone` or else its therapist's zone. */
  async eventsFor(bookings: Booking[], options: { viewer: 'CLIENT' | 'THERAPIST'; timeZone?: string; em?: EntityManager }): Promise<CalendarEvent[]> {
    const shown = bookings.filter((booking) => SHOWN.includes(booking.status));
    if (shown.length === 0) return [];
    const em = options.em ?? this.em;
    await em.populate(shown, ['therapist', 'sessionType', 'client']);
    const changes = await this.changesOf(em, shown.map((booking) => booking.id));
    const zones = options.timeZone ? null : await this.schedules.cancellationPolicies([...new Set(shown.map((booking) => booking.therapist.id))], em);
    return shown.map((booking) => {
      const where = locationOf(booking, options.viewer, this.config.VIDEO_ROOM_BASE_URL);
      const withWhom = options.viewer === 'CLIENT' ? `with ${booking.therapist.displayName}` : 'with a client';
      return {
        uid: `booking-${booking.id}@rapport`,
        start: booking.startsAt,
        end: booking.endsAt,
        timeZone: options.timeZone ?? zones?.get(booking.therapist.id)?.timeZone ?? 'UTC',
        summary: `${booking.sessionType.name} ${withWhom} (Rapport)`,
        description: where.instructions,
        location: where.joinUrl ?? where.address ?? undefined,
        status: booking.status === BookingStatus.CANCELLED ? 'CANCELLED' : 'CONFIRMED',
        sequence: Math.max(0, (changes.get(booking.id) ?? 1) - 1),
      } satisfies CalendarEvent;
    });
  }

  private async changesOf(em: EntityManager, bookingIds: string[]): Promise<Map<string, number>> {
    const rows = await em
      .getConnection()
      .execute<{ booking_id: string; changes: string }[]>(`select booking_id, count(*) as changes from booking_events where booking_id in (?) group by booking_id`, [bookingIds]);
    return new Map(rows.map((row) => [row.booking_id, Number(row.changes)]));
  }
}
