import fc from 'fast-check';
import { type ChargeState, formatDollars, refundableMinor, splitPlatformFee, splitRefund } from '../money';
import { MS_PER_MINUTE } from '../time';
import { applyCancellationPolicy, POLICY_ACTIONS, POLICY_ACTORS, type PolicyRequest } from './cancellation-policy';
import { CANCELLATION_POLICY_LIMITS } from './policy-settings';

const RUNS = { numRuns: 1000 };
const START = Date.UTC(2026, 2, 10, 18);
const limit = (key: keyof typeof CANCELLATION_POLICY_LIMITS) => fc.integer(CANCELLATION_POLICY_LIMITS[key]);

/** A charge for the price (or nothing yet), with its platform fee, maybe partly refunded already. */
const chargeFor = (priceMinor: number): fc.Arbitrary<ChargeState | null> =>
  fc.option(
    fc.record({ basisPoints: fc.integer({ min: 0, max: 10_000 }), refundedShare: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1, noNaN: true })) }).map(({ basisPoints, refundedShare }) => {
      const fresh = { amountMinor: priceMinor, applicationFeeMinor: splitPlatformFee(priceMinor, basisPoints).platformFeeMinor, refundedMinor: 0, applicationFeeRefundedMinor: 0 };
      const earlier = splitRefund(fresh, Math.floor(priceMinor * refundedShare));
      return { ...fresh, refundedMinor: earlier.refundMinor, applicationFeeRefundedMinor: earlier.applicationFeeRefundMinor };
    }),
    { freq: 4 },
  );

const requestArbitrary: fc.Arbitrary<PolicyRequest> = fc
  .record({
    action: fc.constantFrom(...POLICY_ACTIONS),
    actor: fc.constantFrom(...POLICY_ACTORS),
    // From a week and a half before the start to an hour after it, often right at the deadline.
    minutesBeforeStart: fc.oneof(fc.integer({ min: -60, max: 250 * 60 }), fc.constantFrom(0, 24 * 60, 48 * 60)),
    policy: fc.record({ cancellationWindowHours: limit('cancellationWindowHours'), lateCancelFeePercent: limit('lateCancelFeePercent'), noShowFeePercent: limit('noShowFeePercent') }),
    priceMinor: fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 2 ** 40 })),
    freeLateReschedulesUsed: fc.integer({ min: 0, max: 3 }),
  })
  .chain((fields) =>
    chargeFor(fields.priceMinor).map((charge) => ({
      ...fields,
      charge,
      startsAt: new Date(START),
      now: new Date(START - fields.minutesBeforeStart * MS_PER_MINUTE),
    })),
  );

describe('applyCancellationPolicy (properties)', () => {
  it('never negative, never more than paid, and the parts add up', () => {
    fc.assert(
      fc.property(requestArbitrary, (request) => {
        const decision = applyCancellationPolicy(request);
        const paid = request.charge === null ? 0 : refundableMinor(request.charge);
        const { feeMinor, keptMinor, refund, carriedOverMinor, chargeOffSessionMinor } = decision;
        for (const value of [feeMinor, keptMinor, carriedOverMinor, chargeOffSessionMinor, refund.refundMinor, refund.applicationFeeRefundMinor, refund.transferReversalMinor]) {
          expect(Number.isSafeInteger(value) && value >= 0).toBe(true);
        }
        expect(refund.refundMinor).toBeLessThanOrEqual(paid);
        expect(keptMinor + refund.refundMinor + carriedOverMinor).toBe(paid);
        expect(keptMinor + chargeOffSessionMinor).toBe(feeMinor);
        expect(refund.applicationFeeRefundMinor + refund.transferReversalMinor).toBe(refund.refundMinor);
        expect(feeMinor).toBeLessThanOrEqual(request.priceMinor);
        if (request.charge !== null) {
          expect(refund.applicationFeeRefundMinor).toBeLessThanOrEqual(request.charge.applicationFeeMinor - request.charge.applicationFeeRefundedMinor);
        }
        if (refund.refundMinor > 0) expect(decision.explanation).toContain(`(${formatDollars(refund.refundMinor)}) is refunded`);
      }),
      RUNS,
    );
  });

  it('a therapist or the system never charges the client, and cancelling gives back all that remains, platform fee included', () => {
    fc.assert(
      fc.property(requestArbitrary, fc.constantFrom('THERAPIST', 'SYSTEM' as const), (request, actor) => {
        fc.pre(request.action !== 'NO_SHOW');
        const decision = applyCancellationPolicy({ ...request, actor });
        expect(decision.feeMinor).toBe(0);
        if (request.action === 'CANCEL' && request.charge !== null) {
          expect(decision.refund.refundMinor).toBe(refundableMinor(request.charge));
          expect(decision.refund.applicationFeeRefundMinor).toBe(request.charge.applicationFeeMinor - request.charge.applicationFeeRefundedMinor);
        }
      }),
      RUNS,
    );
  });

  it('for a client, cancelling later never costs less, and the fee is the stated percentage rounded down', () => {
    fc.assert(
      fc.property(requestArbitrary, fc.integer({ min: 1, max: 250 * 60 }), (request, minutesLater) => {
        const client = { ...request, action: 'CANCEL' as const, actor: 'CLIENT' as const };
        const earlier = applyCancellationPolicy(client);
        const later = applyCancellationPolicy({ ...client, now: new Date(client.now.getTime() + minutesLater * MS_PER_MINUTE) });
        expect(later.feeMinor).toBeGreaterThanOrEqual(earlier.feeMinor);
        const percent = later.late ? request.policy.lateCancelFeePercent : 0;
        expect(later.feeMinor * 100 <= request.priceMinor * percent && request.priceMinor * percent < (later.feeMinor + 1) * 100).toBe(true);
      }),
      RUNS,
    );
  });
});
