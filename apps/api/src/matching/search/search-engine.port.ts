/** Filters shared by matching (from an intake) and the directory (from the search form). */
export interface SearchQuery {
  /** Only therapists with a verified, unexpired license here. Null: any state (directory browsing). */
  jurisdiction: string | null;
  formats: string[];
  languages: string[];
  concerns: string[];
  modalities: string[];
  genders: string[];
  communities: string[];
  ageGroup: string | null;
  /** Fee at most this, or a sliding scale starting at most this. */
  maxFeeMinor: number | null;
  slidingScaleOnly: boolean;
  acceptingNewClients: boolean;
  insurance: string | null;
  /** Free text: names (typo-tolerant), headlines, bios. */
  text: string | null;
}

export interface Candidate {
  id: string;
  /** 0..1; 0 when there is no text. */
  textRelevance: number;
}

export interface FacetCount {
  value: string;
  count: number;
}

export type FacetName = 'concern' | 'modality' | 'language' | 'format' | 'priceBand' | 'gender' | 'community';
export type Facets = Record<FacetName, FacetCount[]>;

/**
 * Where candidates come from. Engines only filter and score text relevance;
 * the same pure ranking orders candidates from any engine.
 */
export abstract class SearchEngine {
  abstract readonly name: string;
  abstract candidates(query: SearchQuery, limit: number): Promise<Candidate[]>;
  abstract count(query: SearchQuery): Promise<number>;
  abstract facets(query: SearchQuery): Promise<Facets>;
  /** The total and the facets of one filtered set; engines that get both from one pass override this. */
  async countAndFacets(query: SearchQuery): Promise<{ total: number; facets: Facets }> {
    const [total, facets] = await Promise.all([this.count(query), this.facets(query)]);
    return { total, facets };
  }
  /** Brings the engine's copy of these therapists up to date (no-op for engines reading the database). */
  abstract sync(therapistIds: string[]): Promise<void>;
}

export const PRICE_BANDS = [
  { value: 'UNDER_100', maxMinor: 9_999 },
  { value: '100_TO_149', maxMinor: 14_999 },
  { value: '150_TO_199', maxMinor: 19_999 },
  { value: '200_PLUS', maxMinor: Number.MAX_SAFE_INTEGER },
] as const;

/**
 * A query from the given filters, normalised once for every engine: codes trimmed and
 * upper-cased (states, formats, concerns, approaches, genders, communities, age groups),
 * language codes lower-cased, lists without blanks or repeats, the payer id trimmed and
 * lower-cased, text trimmed with runs of spaces collapsed; blanks become "no filter".
 */
export function emptyQuery(overrides: Partial<SearchQuery> = {}): SearchQuery {
  return normalizeQuery({
    jurisdiction: null,
    formats: [],
    languages: [],
    concerns: [],
    modalities: [],
    genders: [],
    communities: [],
    ageGroup: null,
    maxFeeMinor: null,
    slidingScaleOnly: false,
    acceptingNewClients: false,
    insurance: null,
    text: null,
    ...overrides,
  });
}

export function normalizeQuery(query: SearchQuery): SearchQuery {
  const code = (value: string) => value.trim().toUpperCase();
  const codes = (values: readonly string[], normalize = code) => [...new Set(values.map(normalize).filter(Boolean))];
  const text = query.text?.trim().replace(/\s+/g, ' ');
  return {
    ...query,
    jurisdiction: query.jurisdiction?.trim() ? code(query.jurisdiction) : null,
    formats: codes(query.formats),
    languages: codes(query.languages, (value) => value.trim().toLowerCase()),
    concerns: codes(query.concerns),
    modalities: codes(query.modalities),
    genders: codes(query.genders),
    communities: codes(query.communities),
    ageGroup: query.ageGroup?.trim() ? code(query.ageGroup) : null,
    insurance: query.insurance ? normalizeInsurance(query.insurance) || null : null,
    text: text || null,
  };
}

/** Payer ids as both engines compare them (documents store them this way too). */
export function normalizeInsurance(name: string): string {
  return name.trim().toLowerCase();
}
