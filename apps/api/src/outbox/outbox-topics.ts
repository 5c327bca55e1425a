/**
 * Every outbox topic and its payload. Payloads carry ids only: whoever handles
 * an event reads the current facts, so events may be delivered late, twice or
 * out of order without harm.
 */
export interface OutboxTopics {
  /** A therapist's profile, licenses, suspension, hours or session types changed. */
  'therapist.changed': { therapistId: string };
  /** A booking was held, confirmed, moved, cancelled, completed, missed or expired (notifications, waitlist, calendar feeds). */
  'booking.changed': { bookingId: string; change: BookingChangeKind };
}

/** PAYMENT_DUE: a far session's charge failed (status unchanged, payment status PAYMENT_DUE). */
export type BookingChangeKind = 'HELD' | 'CONFIRMED' | 'RESCHEDULED' | 'CANCELLED' | 'COMPLETED' | 'NO_SHOW' | 'EXPIRED' | 'PAYMENT_DUE';

export type OutboxTopic = keyof OutboxTopics;

export const THERAPIST_CHANGED = 'therapist.changed' satisfies OutboxTopic;
export const BOOKING_CHANGED = 'booking.changed' satisfies OutboxTopic;
