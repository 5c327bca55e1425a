import fc from 'fast-check';
import { proportionalShare } from './proportional-share';

describe('proportionalShare', () => {
  it.each([
    // total, refund, charge, refunded before, returned before → share
    [1_500, 6_000, 12_000, 0, 0, 750],
    [1_500, 12_000, 12_000, 0, 0, 1_500],
    [1_001, 3_333, 9_999, 0, 0, 334],
    [1_001, 3_333, 9_999, 6_666, 668, 333],
    [12_000, 1, 12_000, 0, 0, 1],
    [0, 5_000, 10_000, 0, 0, 0],
  ])('gives back %i of a total for a %i refund of %i (%i refunded, %i returned before): %i', (total, refundAmount, chargeAmount, chargeRefundedBefore, alreadyReturned, expected) => {
    expect(proportionalShare({ total, refundAmount, chargeAmount, chargeRefundedBefore, alreadyReturned })).toBe(expected);
  });

  it('adds up to exactly the total once the charge is fully refunded, never overshooting on the way', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 50, max: 1_000_000 }).chain((chargeAmount) =>
          fc.tuple(fc.constant(chargeAmount), fc.integer({ min: 0, max: chargeAmount }), fc.array(fc.integer({ min: 1, max: chargeAmount }), { maxLength: 8 })),
        ),
        ([chargeAmount, total, pieces]) => {
          let refunded = 0;
          let returned = 0;
          const refunds = [...pieces.filter((piece) => piece < chargeAmount), chargeAmount];
          for (const piece of refunds) {
            const refundAmount = Math.min(piece, chargeAmount - refunded);
            if (refundAmount <= 0) break;
            returned += proportionalShare({ total, alreadyReturned: returned, refundAmount, chargeAmount, chargeRefundedBefore: refunded });
            refunded += refundAmount;
            expect(returned).toBeLessThanOrEqual(total);
          }
          expect(returned).toBe(total);
        },
      ),
    );
  });
});
