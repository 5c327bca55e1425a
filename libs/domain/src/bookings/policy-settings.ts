/**
 * The therapist's cancellation policy as settings: its type, bounds and
 * validation. No package imports, so the web app can share this file (bounds on
 * the settings form) the way it shares other rule files.
 */
import { type BookingProblem, validateWholeNumbers, type WholeNumberLimits } from './bookings.types';

export interface CancellationPolicy {
  /** Free to cancel or reschedule until this many hours before the start (0: until the start). */
  cancellationWindowHours: number;
  /** Percent of the session price kept when the client cancels later than that. */
  lateCancelFeePercent: number;
  /** Percent of the session price kept when the client misses the session. */
  noShowFeePercent: number;
}

/** Whole numbers, inclusive. The API's input DTO and the database's check constraints use these. */
export const CANCELLATION_POLICY_LIMITS = {
  cancellationWindowHours: { min: 0, max: 168 },
  lateCancelFeePercent: { min: 0, max: 100 },
  noShowFeePercent: { min: 0, max: 100 },
} as const satisfies WholeNumberLimits<CancellationPolicy>;

export const DEFAULT_CANCELLATION_POLICY: Readonly<CancellationPolicy> = Object.freeze({
  cancellationWindowHours: 24,
  lateCancelFeePercent: 50,
  noShowFeePercent: 100,
});

/**
 * Reschedule rule. Outside the window a reschedule is free. Inside it, the first
 * move of a booking is free: the therapist is still paid for the session, only
 * the slot is at risk, and one free move keeps people in care when life happens.
 * The count travels with the booking (a reschedule moves the same row), so moves
 * cannot be chained. After that, a late move costs the late-cancel fee, charged
 * on top while the payment moves to the new time: exactly what cancelling late
 * and booking again would cost, so neither path is a loophole for the other.
 */
export const FREE_LATE_RESCHEDULES = 1;

export function validateCancellationPolicy(policy: CancellationPolicy, path = 'policy'): BookingProblem[] {
  return validateWholeNumbers(policy, CANCELLATION_POLICY_LIMITS, path);
}
