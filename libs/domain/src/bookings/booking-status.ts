/**
 * The booking status machine: every change of a booking's status, and every
 * reschedule, is checked here and nowhere else.
 *
 * There is deliberately no payment-due status. Whether a booking is paid is the
 * payment's state (pay now, card saved and charged later, failed, refunded): a
 * far session whose card is charged later stays CONFIRMED, and when its payment
 * is not made by the plan's `dueBy` (see timing.ts) the system cancels it
 * (actor SYSTEM). So the statuses stay the six of the contract, and the slot
 * exclusion constraint keeps its simple `status IN ('HELD','CONFIRMED')`.
 */

export const BOOKING_STATUSES = ['HELD', 'CONFIRMED', 'COMPLETED', 'CANCELLED', 'NO_SHOW', 'EXPIRED'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

/** Statuses that occupy the therapist's time: the database's exclusion constraint and waitlist checks use these. */
export const SLOT_BLOCKING_STATUSES: readonly BookingStatus[] = ['HELD', 'CONFIRMED'];

/** Every allowed change, from → to. Terminal statuses allow none. */
export const BOOKING_TRANSITIONS: Readonly<Record<BookingStatus, readonly BookingStatus[]>> = {
  HELD: ['CONFIRMED', 'EXPIRED', 'CANCELLED'],
  CONFIRMED: ['COMPLETED', 'NO_SHOW', 'CANCELLED'],
  COMPLETED: [],
  CANCELLED: [],
  NO_SHOW: [],
  EXPIRED: [],
};

export function isTerminalStatus(status: BookingStatus): boolean {
  return BOOKING_TRANSITIONS[status].length === 0;
}

/** The table alone: is from → to ever allowed? */
export function canTransition(from: BookingStatus, to: BookingStatus): boolean {
  return BOOKING_TRANSITIONS[from]?.includes(to) ?? false;
}

/** The facts the time rules need; `now` is passed in, never read from a clock. */
export interface BookingTimes {
  now: Date;
  startsAt: Date;
  endsAt: Date;
  /** For HELD bookings; null once confirmed. */
  holdExpiresAt: Date | null;
}

export const BOOKING_RULE_CODES = [
  'TRANSITION_NOT_ALLOWED',
  'HOLD_STILL_LIVE',
  'SESSION_ALREADY_STARTED',
  'SESSION_NOT_STARTED',
  'SESSION_ALREADY_ENDED',
] as const;
export type BookingRuleCode = (typeof BOOKING_RULE_CODES)[number];

export interface BookingRuleViolation {
  code: BookingRuleCode;
  /** A sentence a person can act on. */
  message: string;
}

/** Thrown by assertTransition and assertCanReschedule; the API maps it to CONFLICT. */
export class BookingStatusError extends Error {
  constructor(
    readonly from: BookingStatus,
    /** Equal to `from` for a reschedule, which keeps the status. */
    readonly to: BookingStatus,
    readonly code: BookingRuleCode,
    message: string,
  ) {
    super(message);
    this.name = 'BookingStatusError';
  }
}

const STATUS_WORDS: Record<BookingStatus, string> = {
  HELD: 'held',
  CONFIRMED: 'confirmed',
  COMPLETED: 'completed',
  CANCELLED: 'cancelled',
  NO_SHOW: 'marked as a no-show',
  EXPIRED: 'expired',
};

const violation = (code: BookingRuleCode, message: string): BookingRuleViolation => ({ code, message });

/**
 * Why from → to is not allowed now, or null when it is. Time rules:
 * - confirm only before the start (a payment finishing later is refunded by the system);
 *   a payment that completes after the hold's nominal expiry but before the expiry
 *   job ran still confirms: the HELD row kept the slot, so nobody else can have it;
 * - expire a hold only once its expiry has passed;
 * - complete or mark a no-show only after the start;
 * - cancel only before the end.
 */
export function transitionViolation(from: BookingStatus, to: BookingStatus, times: BookingTimes): BookingRuleViolation | null {
  if (!canTransition(from, to)) {
    return violation('TRANSITION_NOT_ALLOWED', `A booking that is ${STATUS_WORDS[from]} cannot be ${STATUS_WORDS[to]}.`);
  }
  const now = times.now.getTime();
  switch (to) {
    case 'CONFIRMED':
      return now < times.startsAt.getTime() ? null : violation('SESSION_ALREADY_STARTED', 'This session has already started, so it can no longer be confirmed.');
    case 'EXPIRED':
      return times.holdExpiresAt !== null && now < times.holdExpiresAt.getTime()
        ? violation('HOLD_STILL_LIVE', 'This hold has not expired yet.')
        : null;
    case 'COMPLETED':
    case 'NO_SHOW':
      return now >= times.startsAt.getTime()
        ? null
        : violation('SESSION_NOT_STARTED', `This session has not started yet, so it cannot be ${STATUS_WORDS[to]}.`);
    case 'CANCELLED':
      return now < times.endsAt.getTime() ? null : violation('SESSION_ALREADY_ENDED', 'This session has already ended, so it can no longer be cancelled.');
    default:
      return null;
  }
}

/** Throws a BookingStatusError naming from and to unless from → to is allowed now. */
export function assertTransition(from: BookingStatus, to: BookingStatus, times: BookingTimes): void {
  const problem = transitionViolation(from, to, times);
  if (problem) throw new BookingStatusError(from, to, problem.code, problem.message);
}

/** The statuses a booking can move to now, e.g. to decide which actions a page offers. */
export function availableTransitions(from: BookingStatus, times: BookingTimes): BookingStatus[] {
  return BOOKING_TRANSITIONS[from].filter((to) => transitionViolation(from, to, times) === null);
}

/**
 * A reschedule moves a CONFIRMED booking to new times and keeps its status
 * (and its payment); only before the session starts. A HELD booking is not
 * moved: its hold is released and the new time held instead.
 */
export function rescheduleViolation(status: BookingStatus, times: Pick<BookingTimes, 'now' | 'startsAt'>): BookingRuleViolation | null {
  if (status !== 'CONFIRMED') {
    return violation('TRANSITION_NOT_ALLOWED', `A booking that is ${STATUS_WORDS[status]} cannot be rescheduled.`);
  }
  return times.now.getTime() < times.startsAt.getTime()
    ? null
    : violation('SESSION_ALREADY_STARTED', 'This session has already started, so it can no longer be rescheduled.');
}

export function assertCanReschedule(status: BookingStatus, times: Pick<BookingTimes, 'now' | 'startsAt'>): void {
  const problem = rescheduleViolation(status, times);
  if (problem) throw new BookingStatusError(status, status, problem.code, problem.message);
}
