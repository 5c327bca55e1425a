const DAY_MS = 86_400_000;
const TWO_DIGITS = Array.from({ length: 100 }, (_, value) => String(value).padStart(2, '0'));
const THREE_DIGITS = Array.from({ length: 1000 }, (_, value) => String(value).padStart(3, '0'));
/** Day number → its `YYYY-MM-DDT`, as toISOString writes it; emptied once it holds this many days. */
const DAY_PREFIXES_HELD = 4096;
const dayPrefixes = new Map<number, string>();

/**
 * `instant.toISOString()`, the same text for every valid Date (and the same RangeError for an
 * invalid one), written from the day's prefix, kept per day, and the time of day's digits. Every
 * DateTime the API answers goes through it: a results page's open times are a few hundred, and
 * toISOString was 1.4 % of a computed search's API CPU samples at 100k (0.6 µs a call).
 */
export function isoInstantText(instant: Date): string {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) return instant.toISOString();
  const day = Math.floor(ms / DAY_MS);
  let prefix = dayPrefixes.get(day);
  if (prefix === undefined) {
    const text = instant.toISOString();
    prefix = text.slice(0, text.indexOf('T') + 1);
    if (dayPrefixes.size >= DAY_PREFIXES_HELD) dayPrefixes.clear();
    dayPrefixes.set(day, prefix);
  }
  let inDay = ms - day * DAY_MS;
  const milliseconds = inDay % 1000;
  inDay = (inDay - milliseconds) / 1000;
  const seconds = inDay % 60;
  inDay = (inDay - seconds) / 60;
  const minutes = inDay % 60;
  const hours = (inDay - minutes) / 60;
  return `${prefix}${TWO_DIGITS[hours]}:${TWO_DIGITS[minutes]}:${TWO_DIGITS[seconds]}.${THREE_DIGITS[milliseconds]}Z`;
}
