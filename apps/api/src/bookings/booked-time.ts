import { EntityManager } from '@mikro-orm/postgresql';
import { addDuration } from '@rapport/domain';

export interface BookedRange {
  therapistId: string;
  /** The blocked range, buffers included. */
  start: Date;
  end: Date;
}

/**
 * The time bookings and live holds take from therapists' calendars, for the
 * slot engine (one statement for any number of therapists). A hold whose
 * expiry has passed blocks nothing here, even before anything marks it EXPIRED.
 * Owned by the bookings module; the availability loader calls it as a plain
 * function so that the module graph stays bookings → availability.
 */
export async function loadBookedRanges(
  em: EntityManager,
  therapistIds: readonly string[],
  range: { from: Date; to: Date; now: Date; excludeBookingIds?: readonly string[] },
): Promise<BookedRange[]> {
  if (therapistIds.length === 0) return [];
  // Padded two days each side: buffers reach outside the range, and the daily cap counts whole local days.
  const from = addDuration(range.from, { days: -2 });
  const to = addDuration(range.to, { days: 2 });
  const exclude = range.excludeBookingIds ?? [];
  // em.execute, not getConnection(): inside a booking transaction this must run on its connection.
  const rows = await em.execute<{ therapist_id: string; starts: Date; ends: Date }[]>(
    `select therapist_id, lower(blocked_range) as starts, upper(blocked_range) as ends from bookings
     where therapist_id in (?) and blocked_range && tstzrange(?, ?)
       and (status = 'CONFIRMED' or (status = 'HELD' and hold_expires_at > ?))
       ${exclude.length > 0 ? 'and id not in (?)' : ''}`,
    exclude.length > 0 ? [[...therapistIds], from, to, range.now, [...exclude]] : [[...therapistIds], from, to, range.now],
  );
  return rows.map((row) => ({ therapistId: row.therapist_id, start: new Date(row.starts), end: new Date(row.ends) }));
}
