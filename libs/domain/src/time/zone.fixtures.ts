// Test helpers shared by the date-sensitive property tests (excluded from the build like all fixtures).
import fc from 'fast-check';
import { offsetChangesBetween } from './zone';

// Zones with DST (both hemispheres, 30-minute DST, midnight changes, Ramadan) and with odd offsets.
export const INTERESTING_ZONES = [
  'America/New_York', 'Europe/London', 'Australia/Sydney', 'Australia/Lord_Howe', 'America/Santiago',
  'America/St_Johns', 'Pacific/Chatham', 'Africa/Casablanca', 'America/Havana', 'Asia/Kolkata',
  'Asia/Kathmandu', 'Australia/Eucla', 'Pacific/Marquesas', 'Asia/Tehran', 'Asia/Tokyo', 'America/Phoenix',
];

/** Any IANA zone Node knows, with the interesting ones drawn often. */
export const zoneArbitrary = fc.oneof(fc.constantFrom(...Intl.supportedValuesOf('timeZone')), fc.constantFrom(...INTERESTING_ZONES));

const changesByZoneYear = new Map<string, Date[]>();

/** The instants a zone changed its UTC offset during a calendar year (memoised). */
export function offsetChangesIn(zone: string, year: number): Date[] {
  const key = `${zone} ${year}`;
  if (!changesByZoneYear.has(key)) {
    const changes = offsetChangesBetween(new Date(Date.UTC(year, 0, 1)), new Date(Date.UTC(year + 1, 0, 1)), zone);
    changesByZoneYear.set(key, changes.map((change) => change.at));
  }
  return changesByZoneYear.get(key)!;
}

/**
 * Cases for a zone property: all of them under the UTC host zone, a quarter under the other host
 * zones the domain project also runs in (jest.config.js). Every run explores clients' and
 * therapists' zones (zoneArbitrary); the extra host zones only prove no code reads the host's
 * own, which a quarter of the cases shows as well, at a quarter of the suite's time.
 */
export function casesPerHostZone(cases: number): { numRuns: number } {
  return { numRuns: process.env.TZ === 'UTC' ? cases : Math.ceil(cases / 4) };
}
