/** The browser's IANA time zone, e.g. "America/New_York" (UTC if it cannot tell). */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Every IANA zone the browser knows, always including `current`, sorted by name. */
export function timeZoneOptions(current: string): string[] {
  const zones = new Set(Intl.supportedValuesOf('timeZone'));
  zones.add(current);
  zones.add('UTC');
  return [...zones].sort((a, b) => a.localeCompare(b));
}
