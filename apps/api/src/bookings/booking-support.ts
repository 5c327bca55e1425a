import { addMinutes, type ChargeState, type SlotSettings } from '@rapport/domain';
import { Booking, BookingPaymentStatus } from './entities/booking.entity';

/** The tstzrange literal of a session's blocked time: buffers before and after included, [start, end). */
export function blockedRangeOf(startsAt: Date, endsAt: Date, settings: Pick<SlotSettings, 'bufferBeforeMinutes' | 'bufferAfterMinutes'>): string {
  const from = addMinutes(startsAt, -settings.bufferBeforeMinutes);
  const to = addMinutes(endsAt, settings.bufferAfterMinutes);
  return `[${from.toISOString()},${to.toISOString()})`;
}

/** What was charged for the booking so far, as the policy function reads it; null when nothing was paid. */
export function chargeOf(booking: Booking): ChargeState | null {
  if (booking.paymentStatus !== BookingPaymentStatus.PAID) return null;
  return { amountMinor: booking.priceMinor, applicationFeeMinor: booking.platformFeeMinor, refundedMinor: 0, applicationFeeRefundedMinor: 0 };
}

/** The PostgreSQL error code behind a driver error (MikroORM keeps it on the error or its cause). */
export function sqlStateOf(error: unknown): string | undefined {
  const candidate = error as { code?: unknown; sqlState?: unknown; cause?: { code?: unknown } } | null;
  if (!candidate || typeof candidate !== 'object') return undefined;
  for (const value of [candidate.code, candidate.sqlState, candidate.cause?.code]) {
    if (typeof value === 'string' && /^[0-9A-Z]{5}$/.test(value)) return value;
  }
  return undefined;
}

/** 23P01: the exclusion constraint refused an overlap, i.e. someone else holds that time. */
export const isSlotConflict = (error: unknown) => sqlStateOf(error) === '23P01';
/** 23505: a unique constraint (here: the client's idempotency key). */
export const isUniqueViolation = (error: unknown) => sqlStateOf(error) === '23505';

/**
 * Runs `attempt` again when PostgreSQL aborted it as a deadlock (40P01) or a
 * serialization failure (40001). Two holds whose ranges overlap can each wait
 * for the other's uncommitted row in the exclusion constraint; the deadlock
 * detector aborts one, and on retry it meets the committed row: SLOT_TAKEN.
 */
export async function retryOnDeadlock<T>(attempt: () => Promise<T>, attempts = 4): Promise<T> {
  for (let tried = 1; ; tried++) {
    try {
      return await attempt();
    } catch (error) {
      const state = sqlStateOf(error);
      if (tried >= attempts || (state !== '40P01' && state !== '40001')) throw error;
    }
  }
}
