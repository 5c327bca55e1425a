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

/** The most matches one search returns or counts (pagination.maxTotalHits). */
export const MAX_TOTAL_HITS = 100_000;

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
      'rotationKey',
    ],
    // rotationKey, then id: the Postgres engine's tie-break order (uuid order is the order of their
    // lower-case text, whose first eight hex digits rotationKey holds), from a Rotation's start.
    sortableAttributes: ['feeMinor', 'id', 'rotationKey'],
    // PostgreSQL's English stop words, which its full-text search ignores: "help with worry" needs "help" and "worry" in both engines.
    stopWords: [...POSTGRES_ENGLISH_STOP_WORDS],
    // Concern and approach synonyms, the same the Postgres engine expands text with.
    synonyms: taxonomySynonymsForSearch(),
    typoTolerance: { enabled: true },
    // More than the taxonomy has concerns or modalities, so no facet value is cut off.
    faceting: { maxValuesPerFacet: 500 },
    // Counts (totalHits) are exact, and the engine pages every match, up to this many.
    pagination: { maxTotalHits: MAX_TOTAL_HITS },
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
  // Normalised (trimmed, lower-cased) once, by emptyQuery; documents store payer ids the same way.
  if (query.insurance) clauses.push(`insurance = ${quote(query.insurance)}`);
  return clauses.join(' AND ');
}

/** The same filter, narrowed to therapists who list a concern or approach the text names (the Postgres engine's taxonomy match). */
export function taxonomyFilter(filter: string, concerns: readonly string[], modalities: readonly string[]): string | null {
  const parts = [
    ...(concerns.length ? [`concerns IN [${concerns.map(quote).join(', ')}]`] : []),
    ...(modalities.length ? [`modalities IN [${modalities.map(quote).join(', ')}]`] : []),
  ];
  return parts.length ? `${filter} AND (${parts.join(' OR ')})` : null;
}

/**
 * Whether an index lacks the settings Rapport filters with, e.g. one a document write
 * re-created with defaults (no filterable attributes) after it was deleted. Reads only the
 * filterable attributes (a small GET after each write), which Meilisearch returns as given
 * (order aside); other drift (a release changing the settings) is the reindex's job, and a
 * search refused for a missing sortable or filterable attribute re-applies everything.
 */
export function lacksSettings(filterable: readonly unknown[] | null, wanted: Settings = meilisearchIndexSettings()): boolean {
  if (!filterable) return true;
  const asSet = (list: readonly unknown[]) => JSON.stringify([...list].map((item) => (typeof item === 'string' ? item : JSON.stringify(item))).sort());
  return asSet(filterable) !== asSet(wanted.filterableAttributes ?? []);
}

/** PostgreSQL's `english` text search stop words (tsearch_data/english.stop); a test checks them against the server. */
export const POSTGRES_ENGLISH_STOP_WORDS: readonly string[] = (
  'i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers herself it its itself they them ' +
  'their theirs themselves what which who whom this that these those am is are was were be been being have has had having do does did doing ' +
  'a an the and but if or because as until while of at by for with about against between into through during before after above below to from ' +
  'up down in out on off over under again further then once here there when where why how all any both each few more most other some such no ' +
  'nor not only own same so than too very s t can will just don should now'
).split(' ');

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
