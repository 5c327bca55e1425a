/** Today's calendar date at UTC, 'YYYY-MM-DD' (license expiry dates are compared with it). */
export function utcDateOf(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}
