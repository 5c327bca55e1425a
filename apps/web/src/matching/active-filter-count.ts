import type { SearchFilters } from './search-filters';

/** How many choices are on, for the phone's "Show filters (3 on)". */
export function activeFilterCount(filters: SearchFilters): number {
  return (
    filters.concerns.length +
    filters.modalities.length +
    filters.languages.length +
    filters.communities.length +
    filters.formats.length +
    filters.genders.length +
    (filters.maxFeeMinor === null ? 0 : 1) +
    (filters.slidingScaleOnly ? 1 : 0) +
    (filters.acceptingNewClients ? 1 : 0) +
    (filters.insurance === null ? 0 : 1)
  );
}
