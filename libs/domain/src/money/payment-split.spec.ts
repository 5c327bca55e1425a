import { type ChargeState, refundableMinor, splitPlatformFee, splitRefund } from './payment-split';

const charge = (amountMinor: number, applicationFeeMinor: number, refundedMinor = 0, applicationFeeRefundedMinor = 0): ChargeState => ({
  amountMinor,
  applicationFeeMinor,
  refundedMinor,
  applicationFeeRefundedMinor,
});

describe('splitPlatformFee', () => {
  it.each([
    [15_000, 1_500, 2_250, 12_750],
    [1_999, 1_500, 299, 1_700], // 299.85 rounded down: the therapist keeps the fraction
    [1, 9_999, 0, 1],
    [12_345, 0, 0, 12_345],
    [12_345, 10_000, 12_345, 0],
    [0, 1_500, 0, 0],
  ])('%i at %i bp → fee %i, therapist %i', (amount, basisPoints, fee, therapist) => {
    expect(splitPlatformFee(amount, basisPoints)).toEqual({ platformFeeMinor: fee, therapistMinor: therapist });
  });

  it('stays exact past 2^53 in the intermediate product', () => {
    expect(splitPlatformFee(Number.MAX_SAFE_INTEGER, 3_333).platformFeeMinor).toBe(3_002_099_511_605_172);
  });

  it.each([
    ['fractional cents', 10.5, 1_500, /amountMinor/],
    ['a negative amount', -1, 1_500, /amountMinor/],
    ['more than 100%', 100, 10_001, /feeBasisPoints/],
    ['fractional basis points', 100, 12.5, /feeBasisPoints/],
  ])('rejects %s', (_case, amount, basisPoints, message) => {
    expect(() => splitPlatformFee(amount, basisPoints)).toThrow(message);
  });
});

describe('splitRefund', () => {
  it.each([
    ['a full refund gives back the whole fee', charge(15_000, 2_250), 15_000, 2_250, 12_750],
    ['half a refund gives back half the fee', charge(15_000, 2_250), 7_500, 1_125, 6_375],
    ['the fee given back is rounded up (0.15 × 1 cent)', charge(15_000, 2_250), 1, 1, 0],
    ['the fee given back is rounded up (0.15 × 101 cents = 15.15)', charge(15_000, 2_250), 101, 16, 85],
    ['the second of two halves finishes the fee', charge(15_000, 2_250, 7_500, 1_125), 7_500, 1_125, 6_375],
    ['after a rounded-up cent, the rest is not rounded up again', charge(15_000, 2_250, 1, 1), 100, 15, 85],
    ['a charge without a fee reverses only the transfer', charge(9_000, 0), 4_000, 0, 4_000],
    ['an earlier refund that took too little fee is made up', charge(10_000, 1_000, 5_000, 0), 5_000, 1_000, 4_000],
    ['an earlier refund that took all the fee leaves none', charge(10_000, 1_000, 2_000, 1_000), 3_000, 0, 3_000],
    ['nothing to refund', charge(10_000, 1_000), 0, 0, 0],
  ])('%s', (_case, state, refund, feeBack, reversal) => {
    expect(splitRefund(state, refund)).toEqual({ refundMinor: refund, applicationFeeRefundMinor: feeBack, transferReversalMinor: reversal });
  });

  it('never refunds more than remains after earlier partial refunds', () => {
    expect(refundableMinor(charge(15_000, 2_250, 10_000, 1_500))).toBe(5_000);
    expect(() => splitRefund(charge(15_000, 2_250, 10_000, 1_500), 5_001)).toThrow(/exceeds what remains refundable on the charge \(5000\)/);
  });

  it.each([
    ['a fee above the amount', charge(100, 101), /applicationFeeMinor/],
    ['refunds above the amount', charge(100, 10, 101, 10), /refundedMinor/],
    ['more fee refunded than refunded', charge(100, 10, 5, 6), /applicationFeeRefundedMinor/],
    ["more taken from the therapist than they got", charge(100, 50, 60, 0), /therapist's share/],
    ['fractional cents', charge(100.5, 10), /charge.amountMinor/],
  ])('rejects a charge with %s', (_case, state, message) => {
    expect(() => splitRefund(state, 0)).toThrow(message);
  });
});
