/** When holds lapse, reminders go out and far sessions are charged. Instants only: `now` is passed in. */
import { addMinutes, isValidInstant } from '../time';
import { assertNoProblems, type BookingProblem, validateWholeNumbers, type WholeNumberLimits } from './bookings.types';

/** Long enough to pay at checkout; short enough that an abandoned hold frees the slot soon. */
export const DEFAULT_HOLD_MINUTES = 10;
/** Whole minutes; the upper end leaves room for waitlist offers, which wait for a person to read an email. */
export const HOLD_MINUTES_LIMITS = { min: 1, max: 1440 } as const;

function assertInstant(name: string, value: Date): void {
  if (!isValidInstant(value)) throw new RangeError(`${name} must be a valid Date, got ${String(value)}`);
}

function assertWholeInRange(name: string, value: number, limits: { min: number; max: number }): void {
  if (!Number.isInteger(value) || value < limits.min || value > limits.max) {
    throw new RangeError(`${name} must be a whole number from ${limits.min} to ${limits.max}, got ${value}`);
  }
}

export function holdExpiresAt(now: Date, holdMinutes: number): Date {
  assertInstant('now', now);
  assertWholeInRange('holdMinutes', holdMinutes, HOLD_MINUTES_LIMITS);
  return addMinutes(now, holdMinutes);
}

/** A hold is live until its expiry instant, exclusive. */
export function isHoldLive(expiresAt: Date, now: Date): boolean {
  assertInstant('expiresAt', expiresAt);
  assertInstant('now', now);
  return now.getTime() < expiresAt.getTime();
}

export const REMINDER_LEADS = [
  { kind: 'DAY_BEFORE', minutesBefore: 24 * 60 },
  { kind: 'HOUR_BEFORE', minutesBefore: 60 },
] as const;
export type ReminderKind = (typeof REMINDER_LEADS)[number]['kind'];

/**
 * The reminders still ahead for a session booked (or moved) at `now`: 24 h and
 * 1 h before the start, in elapsed time, leaving out those already past.
 */
export function reminderSchedule(startsAt: Date, now: Date): { kind: ReminderKind; at: Date }[] {
  assertInstant('startsAt', startsAt);
  assertInstant('now', now);
  return REMINDER_LEADS.map(({ kind, minutesBefore }) => ({ kind, at: addMinutes(startsAt, -minutesBefore) })).filter(({ at }) => at > now);
}

export interface PaymentTiming {
  /** Sessions starting more than this many days (of 24 h) out save the card instead of paying now. */
  authorizationWindowDays: number;
  /** A saved card is charged this many hours before the start. */
  chargeLeadHours: number;
  /** After a failed off-session charge, the client has this long to pay before the system cancels. */
  paymentGraceHours: number;
}

/**
 * Stripe keeps a card authorization for 7 days, so the window stays within a
 * week. Charging 72 h ahead and allowing 24 h to fix a declined card means a
 * lapsed booking is cancelled 48 h before the start: before a typical 24 h
 * cancellation window, while the slot can still be rebooked.
 */
export const DEFAULT_PAYMENT_TIMING: Readonly<PaymentTiming> = Object.freeze({ authorizationWindowDays: 7, chargeLeadHours: 72, paymentGraceHours: 24 });
export const PAYMENT_TIMING_LIMITS = {
  authorizationWindowDays: { min: 1, max: 7 },
  chargeLeadHours: { min: 1, max: 168 },
  paymentGraceHours: { min: 0, max: 167 },
} as const satisfies WholeNumberLimits<PaymentTiming>;

/** Each value within its limits; the charge no earlier than the window and the due time before the start. */
export function validatePaymentTiming(timing: PaymentTiming, path = 'paymentTiming'): BookingProblem[] {
  const problems = validateWholeNumbers(timing, PAYMENT_TIMING_LIMITS, path);
  if (problems.length > 0) return problems;
  if (timing.chargeLeadHours > timing.authorizationWindowDays * 24) {
    problems.push({ path: `${path}.chargeLeadHours`, message: `must be at most the authorization window (${timing.authorizationWindowDays * 24} hours)` });
  }
  if (timing.paymentGraceHours >= timing.chargeLeadHours) {
    problems.push({ path: `${path}.paymentGraceHours`, message: `must be less than chargeLeadHours (${timing.chargeLeadHours})` });
  }
  return problems;
}

export type PaymentPlan =
  | { kind: 'PAY_NOW' }
  /** Save the card now (setup mode), charge it off-session at chargeAt; unpaid at dueBy, the system cancels. */
  | { kind: 'SAVE_CARD'; chargeAt: Date; dueBy: Date };

/** Pay now for a session inside the authorization window; otherwise save the card and charge it later. */
export function paymentPlanFor(input: { startsAt: Date; now: Date; timing?: PaymentTiming }): PaymentPlan {
  const timing = input.timing ?? DEFAULT_PAYMENT_TIMING;
  assertInstant('startsAt', input.startsAt);
  assertInstant('now', input.now);
  assertNoProblems(validatePaymentTiming(timing));
  const windowEnd = addMinutes(input.now, timing.authorizationWindowDays * 24 * 60);
  if (input.startsAt <= windowEnd) return { kind: 'PAY_NOW' };
  // Far beyond the window, so chargeAt (at most the window before the start) is still ahead of now.
  const chargeAt = addMinutes(input.startsAt, -timing.chargeLeadHours * 60);
  return { kind: 'SAVE_CARD', chargeAt, dueBy: addMinutes(chargeAt, timing.paymentGraceHours * 60) };
}
