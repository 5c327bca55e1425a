import { hostTimeZone, timeZoneNames } from '@rapport/domain/time';

/** The browser's IANA time zone, e.g. "America/New_York" (UTC if it cannot tell). */
export function browserTimeZone(): string {
  return hostTimeZone();
}

/** Every IANA zone the browser knows, always including `current` (when valid) and UTC, sorted by name. */
export function timeZoneOptions(current: string): string[] {
  return timeZoneNames([current]);
}
