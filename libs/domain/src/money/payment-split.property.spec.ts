import fc from 'fast-check';
import { BASIS_POINTS_PER_WHOLE, type ChargeState, refundableMinor, splitPlatformFee, splitRefund } from './payment-split';

const RUNS = { numRuns: 1000 };
const cents = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 5_000_000 }), fc.constant(Number.MAX_SAFE_INTEGER));
const basisPoints = fc.oneof(fc.constantFrom(0, 1, 1_000, 1_500, 2_000, BASIS_POINTS_PER_WHOLE), fc.integer({ min: 0, max: BASIS_POINTS_PER_WHOLE }));

/** A charge with its platform fee, then refunded in several parts of random sizes. */
const refundsArbitrary = fc
  .record({ amount: fc.oneof(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 5_000_000 })), basisPoints, cuts: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }) })
  .map(({ amount, basisPoints: bp, cuts }) => ({ amount, fee: splitPlatformFee(amount, bp).platformFeeMinor, cuts }));

describe('money arithmetic (properties)', () => {
  it('splitPlatformFee: the parts add up to the total, never negative, fee never above its exact rate', () => {
    fc.assert(
      fc.property(cents, basisPoints, (amount, bp) => {
        const { platformFeeMinor, therapistMinor } = splitPlatformFee(amount, bp);
        expect(platformFeeMinor + therapistMinor).toBe(amount);
        expect(platformFeeMinor).toBeGreaterThanOrEqual(0);
        expect(therapistMinor).toBeGreaterThanOrEqual(0);
        // Rounded down: fee × 10,000 ≤ amount × bp < (fee + 1) × 10,000, checked without floating point.
        const exact = BigInt(amount) * BigInt(bp);
        expect(BigInt(platformFeeMinor) * 10_000n <= exact && exact < BigInt(platformFeeMinor + 1) * 10_000n).toBe(true);
      }),
      RUNS,
    );
  });

  it('splitRefund over successive partial refunds: parts add up, none negative, never more than remains, a full refund returns the whole fee', () => {
    fc.assert(
      fc.property(refundsArbitrary, ({ amount, fee, cuts }) => {
        let state: ChargeState = { amountMinor: amount, applicationFeeMinor: fee, refundedMinor: 0, applicationFeeRefundedMinor: 0 };
        // Each cut refunds a share of what remains; a last refund of everything left ends the run.
        for (const share of [...cuts, 1]) {
          const refund = Math.floor(refundableMinor(state) * share);
          const split = splitRefund(state, refund);
          expect(split.applicationFeeRefundMinor + split.transferReversalMinor).toBe(refund);
          expect(split.applicationFeeRefundMinor).toBeGreaterThanOrEqual(0);
          expect(split.transferReversalMinor).toBeGreaterThanOrEqual(0);
          expect(split.applicationFeeRefundMinor).toBeLessThanOrEqual(fee - state.applicationFeeRefundedMinor);
          state = {
            ...state,
            refundedMinor: state.refundedMinor + refund,
            applicationFeeRefundedMinor: state.applicationFeeRefundedMinor + split.applicationFeeRefundMinor,
          };
          // The platform keeps at most its proportional fee on what stays paid (rounded down).
          const kept = BigInt(amount - state.refundedMinor);
          expect(BigInt(fee - state.applicationFeeRefundedMinor) * BigInt(amount) <= BigInt(fee) * kept).toBe(true);
          expect(refundableMinor(state)).toBeGreaterThanOrEqual(0);
        }
        expect(state).toEqual({ amountMinor: amount, applicationFeeMinor: fee, refundedMinor: amount, applicationFeeRefundedMinor: fee });
      }),
      RUNS,
    );
  });

  it('splitRefund refuses any refund above what remains', () => {
    fc.assert(
      fc.property(refundsArbitrary, fc.integer({ min: 1, max: 1_000 }), ({ amount, fee }, excess) => {
        const state = { amountMinor: amount, applicationFeeMinor: fee, refundedMinor: 0, applicationFeeRefundedMinor: 0 };
        expect(() => splitRefund(state, amount + excess)).toThrow(RangeError);
      }),
      RUNS,
    );
  });
});
