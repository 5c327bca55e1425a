import type { FacetCount } from './facet-count';

/**
 * The API counts fees in bands (UNDER_100, 100_TO_149, 150_TO_199, 200_PLUS) but filters
 * by a maximum fee, so each band below $200 becomes an "up to" choice whose count
 * includes the cheaper bands.
 */
export interface PriceChoice {
  maxFeeMinor: number;
  label: string;
  count: number;
}

const CEILINGS = [
  { band: 'UNDER_100', maxFeeMinor: 9_999, label: 'Under $100' },
  { band: '100_TO_149', maxFeeMinor: 14_999, label: 'Under $150' },
  { band: '150_TO_199', maxFeeMinor: 19_999, label: 'Under $200' },
] as const;

export function priceChoices(bands: readonly FacetCount[]): PriceChoice[] {
  const countOf = (band: string) => bands.find((facet) => facet.value === band)?.count ?? 0;
  let runningCount = 0;
  return CEILINGS.map(({ band, maxFeeMinor, label }) => {
    runningCount += countOf(band);
    return { maxFeeMinor, label, count: runningCount };
  });
}
