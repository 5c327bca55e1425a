// Several states share a zone; these are the likeliest for each big zone. A guess
// only: the page says so, and the intake's answer wins whenever there is one.
const LIKELIEST_BY_ZONE: Record<string, string> = {
  'America/New_York': 'NY',
  'America/Chicago': 'IL',
  'America/Denver': 'CO',
  'America/Phoenix': 'AZ',
  'America/Los_Angeles': 'CA',
  'America/Anchorage': 'AK',
  'Pacific/Honolulu': 'HI',
  'America/Detroit': 'MI',
  'America/Boise': 'ID',
  'America/Indiana/Indianapolis': 'IN',
  'America/Kentucky/Louisville': 'KY',
  'America/Puerto_Rico': 'PR',
};

/** A state for the browser's time zone, or null when the zone is not a US one we know. */
export function guessJurisdiction(timeZone: string, jurisdictions: readonly { code: string; timeZone: string }[]): string | null {
  const likeliest = LIKELIEST_BY_ZONE[timeZone];
  if (likeliest && jurisdictions.some((jurisdiction) => jurisdiction.code === likeliest)) return likeliest;
  return jurisdictions.find((jurisdiction) => jurisdiction.timeZone === timeZone)?.code ?? null;
}
