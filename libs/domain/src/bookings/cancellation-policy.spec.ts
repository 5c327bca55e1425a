import type { ChargeState } from '../money';
import { applyCancellationPolicy, feeForPercent, freeCancellationDeadline, type PolicyRequest } from './cancellation-policy';
import { type CancellationPolicy, DEFAULT_CANCELLATION_POLICY, validateCancellationPolicy } from './policy-settings';

const START = new Date('2026-03-10T18:00:00Z');
const POLICY: CancellationPolicy = { cancellationWindowHours: 24, lateCancelFeePercent: 50, noShowFeePercent: 100 };
/** $150 paid, $22.50 of it the platform's fee (15%). */
const PAID: ChargeState = { amountMinor: 15_000, applicationFeeMinor: 2_250, refundedMinor: 0, applicationFeeRefundedMinor: 0 };
const request = (overrides: Partial<PolicyRequest>): PolicyRequest => ({
  action: 'CANCEL',
  actor: 'CLIENT',
  now: new Date('2026-03-08T12:00:00Z'),
  startsAt: START,
  policy: POLICY,
  priceMinor: 15_000,
  charge: PAID,
  ...overrides,
});
const at = (iso: string) => new Date(iso);

describe('applyCancellationPolicy', () => {
  it.each([
    // [case, request, reason, fee, kept, refund, fee refunded, transfer reversed, carried, charged off-session, explanation]
    ['client, two days before', {}, 'CLIENT_CANCELLED_EARLY', 0, 0, 15_000, 2_250, 12_750, 0, 0,
      'Cancelled at least 24 hours before the session: free, and everything you paid ($150) is refunded.'],
    ['client, exactly at the deadline (still free)', { now: at('2026-03-09T18:00:00Z') }, 'CLIENT_CANCELLED_EARLY', 0, 0, 15_000, 2_250, 12_750, 0, 0, undefined],
    ['client, a millisecond after the deadline', { now: at('2026-03-09T18:00:00.001Z') }, 'CLIENT_CANCELLED_LATE', 7_500, 7_500, 7_500, 1_125, 6_375, 0, 0,
      'Cancelled less than 24 hours before the session: 50% of the $150 fee ($75) is kept, and the rest ($75) is refunded.'],
    ['client, late, fee rounded down for the client', { now: at('2026-03-10T12:00:00Z'), priceMinor: 12_345, charge: { ...PAID, amountMinor: 12_345, applicationFeeMinor: 1_851 } },
      'CLIENT_CANCELLED_LATE', 6_172, 6_172, 6_173, 926, 5_247, 0, 0, undefined],
    ['client, late, nothing charged yet (far session)', { now: at('2026-03-10T12:00:00Z'), charge: null }, 'CLIENT_CANCELLED_LATE', 7_500, 0, 0, 0, 0, 0, 7_500,
      'Cancelled less than 24 hours before the session: 50% of the $150 fee ($75) will be charged to your saved card.'],
    ['client, early, nothing charged yet', { charge: null }, 'CLIENT_CANCELLED_EARLY', 0, 0, 0, 0, 0, 0, 0, 'Cancelled at least 24 hours before the session: free.'],
    ['client, late, after a $100 partial refund', { now: at('2026-03-10T12:00:00Z'), charge: { ...PAID, refundedMinor: 10_000, applicationFeeRefundedMinor: 1_500 } },
      'CLIENT_CANCELLED_LATE', 7_500, 5_000, 0, 0, 0, 0, 2_500,
      'Cancelled less than 24 hours before the session: 50% of the $150 fee ($75): $50 is kept from your payment and $25 will be charged to your saved card.'],
    ['client, late, no late fee', { now: at('2026-03-10T12:00:00Z'), policy: { ...POLICY, lateCancelFeePercent: 0 } }, 'CLIENT_CANCELLED_LATE', 0, 0, 15_000, 2_250, 12_750, 0, 0,
      'Cancelled less than 24 hours before the session: free, and everything you paid ($150) is refunded.'],
    ['client, late, full fee', { now: at('2026-03-10T12:00:00Z'), policy: { ...POLICY, lateCancelFeePercent: 100 } }, 'CLIENT_CANCELLED_LATE', 15_000, 15_000, 0, 0, 0, 0, 0,
      'Cancelled less than 24 hours before the session: the full $150 fee is kept.'],
    ['client, no window, before the start', { now: at('2026-03-10T17:59:00Z'), policy: { ...POLICY, cancellationWindowHours: 0 } }, 'CLIENT_CANCELLED_EARLY', 0, 0, 15_000, 2_250, 12_750, 0, 0,
      'Cancelled before the session started: free, and everything you paid ($150) is refunded.'],
    ['therapist, ten minutes before: full refund, platform fee included', { actor: 'THERAPIST', now: at('2026-03-10T17:50:00Z') }, 'THERAPIST_CANCELLED', 0, 0, 15_000, 2_250, 12_750, 0, 0,
      'Your therapist cancelled: free, and everything you paid ($150) is refunded.'],
    ['system (lapsed payment), late, nothing charged', { actor: 'SYSTEM', now: at('2026-03-10T12:00:00Z'), charge: null }, 'SYSTEM_CANCELLED', 0, 0, 0, 0, 0, 0, 0, 'Rapport cancelled this booking: free.'],
    ['no-show, full fee', { action: 'NO_SHOW', actor: 'THERAPIST', now: at('2026-03-10T18:20:00Z') }, 'NO_SHOW', 15_000, 15_000, 0, 0, 0, 0, 0, 'Missed session: the full $150 fee is kept.'],
    ['no-show, 40% fee', { action: 'NO_SHOW', actor: 'THERAPIST', now: at('2026-03-10T18:20:00Z'), policy: { ...POLICY, noShowFeePercent: 40 } }, 'NO_SHOW', 6_000, 6_000, 9_000, 1_350, 7_650, 0, 0,
      'Missed session: 40% of the $150 fee ($60) is kept, and the rest ($90) is refunded.'],
    ['no-show, unpaid: charged off-session', { action: 'NO_SHOW', actor: 'SYSTEM', now: at('2026-03-10T18:20:00Z'), charge: null }, 'NO_SHOW', 15_000, 0, 0, 0, 0, 0, 15_000,
      'Missed session: the full $150 fee will be charged to your saved card.'],
    ['reschedule, early', { action: 'RESCHEDULE' }, 'RESCHEDULED_EARLY', 0, 0, 0, 0, 0, 15_000, 0,
      'Moved at least 24 hours before the session: free, and your payment moves to the new time.'],
    ['reschedule, late, the free one', { action: 'RESCHEDULE', now: at('2026-03-10T12:00:00Z') }, 'RESCHEDULED_LATE_FREE', 0, 0, 0, 0, 0, 15_000, 0,
      "Moved less than 24 hours before the session, using this booking's one free late move: free, and your payment moves to the new time."],
    ['reschedule, late, free one used', { action: 'RESCHEDULE', now: at('2026-03-10T12:00:00Z'), freeLateReschedulesUsed: 1 }, 'RESCHEDULED_LATE', 7_500, 0, 0, 0, 0, 15_000, 7_500,
      "Moved less than 24 hours before the session, after this booking's one free late move: 50% of the $150 fee ($75) will be charged to your saved card, and your payment moves to the new time."],
    ['reschedule by the therapist, late', { action: 'RESCHEDULE', actor: 'THERAPIST', now: at('2026-03-10T12:00:00Z'), freeLateReschedulesUsed: 1 }, 'THERAPIST_RESCHEDULED', 0, 0, 0, 0, 0, 15_000, 0,
      'Your therapist moved the session: free, and your payment moves to the new time.'],
  ] as const)('%s', (_case, overrides, reason, fee, kept, refund, feeBack, reversal, carried, offSession, explanation) => {
    const decision = applyCancellationPolicy(request(overrides as Partial<PolicyRequest>));
    expect(decision).toMatchObject({
      reason,
      feeMinor: fee,
      keptMinor: kept,
      refund: { refundMinor: refund, applicationFeeRefundMinor: feeBack, transferReversalMinor: reversal },
      carriedOverMinor: carried,
      chargeOffSessionMinor: offSession,
    });
    if (explanation !== undefined) expect(decision.explanation).toBe(explanation);
  });

  it('marks only the free late reschedule as using it', () => {
    const late = at('2026-03-10T12:00:00Z');
    expect(applyCancellationPolicy(request({ action: 'RESCHEDULE', now: late })).usesFreeLateReschedule).toBe(true);
    expect(applyCancellationPolicy(request({ action: 'RESCHEDULE', now: late, freeLateReschedulesUsed: 1 })).usesFreeLateReschedule).toBe(false);
    expect(applyCancellationPolicy(request({ action: 'RESCHEDULE' })).usesFreeLateReschedule).toBe(false);
    expect(applyCancellationPolicy(request({ now: late })).usesFreeLateReschedule).toBe(false);
  });

  it.each([
    ['a bad policy', { policy: { ...POLICY, lateCancelFeePercent: 101 } }, 'policy.lateCancelFeePercent must be a whole number from 0 to 100'],
    ['fractional cents', { priceMinor: 100.5 }, /priceMinor/],
    ['an invalid date', { now: new Date('nope') }, /now must be a valid Date/],
    ['an unknown action', { action: 'REFUND' as never }, /action must be one of/],
    ['a negative reschedule count', { freeLateReschedulesUsed: -1 }, /freeLateReschedulesUsed/],
    ['an inconsistent charge', { charge: { ...PAID, refundedMinor: 20_000 } }, /refundedMinor/],
  ])('rejects %s', (_case, overrides, message) => {
    expect(() => applyCancellationPolicy(request(overrides))).toThrow(message);
  });
});

describe('policy basics', () => {
  it.each([
    [15_000, 50, 7_500],
    [12_345, 50, 6_172],
    [999, 33, 329],
    [1, 99, 0],
    [15_000, 0, 0],
    [15_000, 100, 15_000],
  ])('fee on %i at %i%% is %i (rounded down)', (price, percent, fee) => {
    expect(feeForPercent(price, percent)).toBe(fee);
  });

  it('the free-cancellation deadline is the window before the start', () => {
    expect(freeCancellationDeadline(START, POLICY)).toEqual(at('2026-03-09T18:00:00Z'));
    expect(freeCancellationDeadline(START, { ...POLICY, cancellationWindowHours: 0 })).toEqual(START);
  });

  it('validates each field against the exported limits, naming it', () => {
    expect(validateCancellationPolicy(DEFAULT_CANCELLATION_POLICY)).toEqual([]);
    expect(validateCancellationPolicy({ cancellationWindowHours: 169, lateCancelFeePercent: -1, noShowFeePercent: 12.5 }, 'settings')).toEqual([
      { path: 'settings.cancellationWindowHours', message: 'must be a whole number from 0 to 168' },
      { path: 'settings.lateCancelFeePercent', message: 'must be a whole number from 0 to 100' },
      { path: 'settings.noShowFeePercent', message: 'must be a whole number from 0 to 100' },
    ]);
  });
});
