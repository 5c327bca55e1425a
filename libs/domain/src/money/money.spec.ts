import { formatDollars, formatMoney, money, percentageOf } from './money';

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

  it('words dollars the same on every call, past the kept amounts too', () => {
    const amounts = [6_000, 6_050, 123_456_00, 5, 0];
    const first = amounts.map(formatDollars);
    expect(first).toEqual(['$60', '$60.50', '$123,456', '$0.05', '$0']);
    // More distinct amounts than are kept: the kept ones are dropped, never worded wrongly.
    for (let amount = 1; amount <= 12_000; amount += 1) expect(formatDollars(amount * 100 + 1)).toBe(`$${amount.toLocaleString('en-US')}.01`);
    expect(amounts.map(formatDollars)).toEqual(first);
  });
});
