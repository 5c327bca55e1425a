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

/** Throws a RangeError naming `name` unless `value` is a whole, non-negative number of minor units. */
export function assertMinorUnits(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a whole, non-negative number of minor units, got ${value}`);
  }
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

// Fees are US dollars in cents; the marketplace is US-only for now.
const WHOLE_DOLLARS = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 0, maximumFractionDigits: 0 });
const DOLLARS_AND_CENTS = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

/** For sentences people read: 6000 → '$60', 6050 → '$60.50'. */
export function formatDollars(amountMinor: number): string {
  return amountMinor % 100 === 0 ? WHOLE_DOLLARS.format(amountMinor / 100) : DOLLARS_AND_CENTS.format(amountMinor / 100);
}
