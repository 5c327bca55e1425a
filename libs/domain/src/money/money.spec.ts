import { formatMoney, money, percentageOf } from './money';

describe('money', () => {
  it.each([
    [10_000, 1_500, 1_500],
    [12_345, 1_500, 1_852],
    [1, 5_000, 1],
    [0, 1_500, 0],
  ])('%i minor units at %i bp is %i', (amount, basisPoints, expected) => {
    expect(percentageOf(money(amount), basisPoints).amountMinor).toBe(expected);
  });

  it('rejects fractional minor units', () => {
    expect(() => money(10.5)).toThrow(RangeError);
  });

  it('formats dollars from cents', () => {
    expect(formatMoney(money(12_050))).toBe('$120.50');
  });
});
