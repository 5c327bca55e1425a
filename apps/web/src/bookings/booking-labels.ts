import type { BookingStatus, SessionFormat } from '../gql/graphql';
import { formatCents } from '../format/money';

export const STATUS_LABEL: Record<BookingStatus, string> = {
  HELD: 'Held, not yet confirmed',
  CONFIRMED: 'Confirmed',
  COMPLETED: 'Completed',
  NO_SHOW: 'Missed',
  CANCELLED: 'Cancelled',
  EXPIRED: 'Hold ran out',
};

export const STATUS_COLOR: Record<BookingStatus, string> = {
  HELD: 'yellow',
  CONFIRMED: 'rapportTeal',
  COMPLETED: 'gray',
  NO_SHOW: 'orange',
  CANCELLED: 'red',
  EXPIRED: 'gray',
};

// The status colour is the badge's background only: light yellow or orange behind their own text falls below 4.5:1.
export const STATUS_BADGE_STYLES = { label: { color: 'var(--mantine-color-dark-8)' } } as const;

export const FORMAT_LABEL: Record<SessionFormat, string> = {
  VIDEO: 'Video',
  PHONE: 'Phone',
  IN_PERSON: 'In person',
};

/** 0 → "Free", 15000 → "$150". */
export function priceLabel(priceMinor: number): string {
  return priceMinor === 0 ? 'Free' : formatCents(priceMinor);
}

/** The calendar file of a booking, served by the API beside GraphQL. */
export function calendarFilePath(bookingId: string): string {
  return `/bookings/${encodeURIComponent(bookingId)}.ics`;
}

/** Before the review: where a session of this format happens (the booking then says it in the server's words). */
export function whereText(format: SessionFormat, officeAddress: string | null): string {
  switch (format) {
    case 'IN_PERSON':
      return officeAddress ? `In person, at ${officeAddress}.` : 'In person, at the therapist’s office.';
    case 'PHONE':
      return 'By phone: your therapist calls you at the start time.';
    default:
      return 'By video: the join link appears in your booking before the session.';
  }
}
