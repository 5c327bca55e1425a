import type { Settings } from 'meilisearch' with { 'resolution-mode': 'import' };
import { taxonomySynonymsForSearch } from '@rapport/taxonomy';
import { dateNumber } from './search-document';
import { FacetCount, FacetName, Facets, SearchQuery } from './search-engine.port';

/** Which document attribute backs each facet of the port. */
export const FACET_ATTRIBUTES: Record<FacetName, string> = {
  concern: 'concerns',
  modality: 'modalities',
  language: 'languages',
  format: 'formats',
  priceBand: 'priceBand',
  gender: 'gender',
  community: 'communities',
};

/** The therapists index's settings; applied by `npm run search:reindex` and on each process's first sync. */
export function meilisearchIndexSettings(): Settings {
  return {
    // Order is importance: a match in a name outranks one in a bio.
    searchableAttributes: ['displayName', 'headline', 'bio', 'concernNames', 'modalityNames'],
    filterableAttributes: [
      'status',
      'jurisdictions',
      'licensedThrough',
      'licensedUntil',
      'formats',
      'languages',
      'concerns',
      'specialtyConcerns',
      'modalities',
      'gender',
      'communities',
      'ageGroups',
      'feeMinor',
      'slidingScaleMinMinor',
      'priceBand',
      'acceptsNewClients',
      'insurance',
    ],
    sortableAttributes: ['feeMinor'],
    // Concern and approach synonyms, the same the Postgres engine expands text with.
    synonyms: taxonomySynonymsForSearch(),
    typoTolerance: { enabled: true },
    // More than the taxonomy has concerns or modalities, so no facet value is cut off.
    faceting: { maxValuesPerFacet: 500 },
    // Counts (totalHits) are exact up to this many matches.
    pagination: { maxTotalHits: 100_000 },
  };
}

/**
 * The engine-independent filters of a query as a Meilisearch filter
 * expression. Values are always quoted and escaped; numbers are integers.
 * `today` ('YYYY-MM-DD') keeps licenses that lapsed since the last sync out.
 */
export function toMeiliFilter(query: SearchQuery, today: string): string {
  const clauses = ['status = "ACTIVE"'];
  const day = dateNumber(today);
  if (query.jurisdiction !== null) {
    clauses.push(`jurisdictions = ${quote(query.jurisdiction)}`);
    // Attribute names cannot be quoted; a code that is not two letters simply matches nothing above.
    if (/^[A-Z]{2}$/.test(query.jurisdiction)) clauses.push(`licensedThrough.${query.jurisdiction} >= ${day}`);
  } else {
    clauses.push(`licensedUntil >= ${day}`);
  }
  const anyOf = (attribute: string, values: readonly string[]) => {
    if (values.length) clauses.push(`${attribute} IN [${values.map(quote).join(', ')}]`);
  };
  anyOf('formats', query.formats);
  anyOf('languages', query.languages);
  anyOf('concerns', query.concerns);
  anyOf('modalities', query.modalities);
  anyOf('gender', query.genders);
  anyOf('communities', query.communities);
  if (query.ageGroup !== null) clauses.push(`(ageGroups IS EMPTY OR ageGroups = ${quote(query.ageGroup)})`);
  if (query.maxFeeMinor !== null) {
    const max = integer(query.maxFeeMinor);
    clauses.push(`(feeMinor <= ${max} OR slidingScaleMinMinor <= ${max})`);
  }
  // A comparison matches numbers only, so null (no sliding scale) never does.
  if (query.slidingScaleOnly) clauses.push('slidingScaleMinMinor >= 0');
  if (query.acceptingNewClients) clauses.push('acceptsNewClients = true');
  if (query.insurance?.trim()) clauses.push(`insurance = ${quote(query.insurance.trim().toLowerCase())}`);
  return clauses.join(' AND ');
}

/** A string literal in a filter: double quotes, with `\` and `"` escaped. */
export function quote(value: string): string {
  return `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

/** Meilisearch's facetDistribution as the port's facets, most frequent first (ties by value). */
export function toFacets(distribution: Record<string, Record<string, number>> | undefined): Facets {
  const facets = {} as Facets;
  for (const [name, attribute] of Object.entries(FACET_ATTRIBUTES) as [FacetName, string][]) {
    facets[name] = Object.entries(distribution?.[attribute] ?? {})
      .filter(([, count]) => count > 0)
      .map(([value, count]): FacetCount => ({ value, count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  }
  return facets;
}

function integer(value: number): number {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite amount: ${value}`);
  return Math.trunc(value);
}
