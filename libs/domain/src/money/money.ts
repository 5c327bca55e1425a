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

// Amounts formatted so far: a ranking words the fees of its 400 candidates, a few dozen distinct
// amounts, and Intl's format was a quarter of the ranking's time (bench/search/README.md).
const formattedDollars = new Map<number, string>();
const FORMATTED_DOLLARS_KEPT = 10_000;

/** For sentences people read: 6000 → '$60', 6050 → '$60.50'. */
export function formatDollars(amountMinor: number): string {
  const kept = formattedDollars.get(amountMinor);
  if (kept !== undefined) return kept;
  const text = amountMinor % 100 === 0 ? WHOLE_DOLLARS.format(amountMinor / 100) : DOLLARS_AND_CENTS.format(amountMinor / 100);
  // Bounded: past the limit, start again (amounts repeat; the set that matters refills at once).
  if (formattedDollars.size >= FORMATTED_DOLLARS_KEPT) formattedDollars.clear();
  formattedDollars.set(amountMinor, text);
  return text;
}
