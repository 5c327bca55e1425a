/** Money is always an integer amount of minor units (cents) in one currency. */
export interface Money {
  readonly amountMinor: number;
  readonly currency: string;
}

export function money(amountMinor: number, currency = 'usd'): Money {
  if (!Number.isSafeInteger(amountMinor)) {
    throw new RangeError(`Money must be a whole number of minor units, got ${amountMinor}`);
  }
  return { amountMinor, currency: currency.toLowerCase() };
}

/** A share of an amount in basis points (1/100 of a percent), rounded half up. */
export function percentageOf(amount: Money, basisPoints: number): Money {
  return money(Math.round((amount.amountMinor * basisPoints) / 10_000), amount.currency);
}

export function formatMoney(amount: Money, locale = 'en-US'): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: amount.currency.toUpperCase() }).format(
    amount.amountMinor / 100,
  );
}
