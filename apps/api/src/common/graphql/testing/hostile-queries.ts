import { QUERY_LIMITS, QueryLimitName } from '../query-limits';

const ofTypes = (levels: number): string => `${'ofType { '.repeat(levels)}name${' }'.repeat(levels)}`;
const times = (count: number, make: (index: number) => string) => Array.from({ length: count }, (_, index) => make(index)).join(' ');

/** A search asking for nearly everything a result has: valid, but costly. */
export const wideSearch = (alias: string) =>
  `${alias}: searchTherapists(input: { timeZone: "UTC", jurisdiction: "NY" }) { total
    items { score reasons { code text weight } nextSlots { startsAt endsAt localDate localTime offset }
      therapist { displayName bio headline licenses { licenseType jurisdiction status expiresOn } concerns { code name level }
        modalities { code name description } sessionTypes { id name kind priceMinor durationMinutes formats } } }
    facets { concern { value count } modality { value count } language { value count } format { value count } } }`;

/** One operation `by` past each limit and breaking no other on purpose (cost and depth grow together). */
export function queryPastLimit(limit: QueryLimitName, by = 1): string {
  switch (limit) {
    case 'depth':
      return `{ __type(name: "Query") { fields { type { ${ofTypes(QUERY_LIMITS.maxDepth - 4 + by)} } } } }`;
    case 'aliases':
      return `{ me { ${times(QUERY_LIMITS.maxAliases + by, (index) => `a${index}: id`)} } }`;
    case 'rootFields':
      return `{ ${times(QUERY_LIMITS.maxRootFields + by, (index) => `t${index}: taxonomy { concerns { code } }`)} }`;
    case 'tokens':
      return `{ me { ${'id '.repeat(QUERY_LIMITS.maxTokens + by)} } }`;
    case 'cost':
      return `{ ${times(QUERY_LIMITS.maxRootFields, (index) => wideSearch(`s${index}`))} }`;
  }
}

/** The same shapes at their limit, which must pass. */
export function queryAtLimit(limit: Exclude<QueryLimitName, 'cost'>): string {
  return queryPastLimit(limit, 0);
}
