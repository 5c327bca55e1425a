import { createHash } from 'node:crypto';

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

/**
 * Where the order past text relevance and concern cover starts, as the leading 32 bits of an id
 * (0 to 2^32 - 1). Candidates tied on both come in id order from the first id whose leading 32
 * bits are at least this, then wrap around to the lowest. Ids are random (UUID v4), so a
 * rotation picks a random stretch of a large set: without it, a search matching more therapists
 * than the ranking sees (a whole state at 100k: 12,650 in New York for 400 places) would rank
 * the same lowest 400 ids every day and never show the rest. 0 is plain id order.
 */
export type Rotation = number;

export const NO_ROTATION: Rotation = 0;

/** The rotation of one fairness seed (the client's day, and who they are): a stable hash, so one client's pages and repeats agree. */
export function rotationFor(seed: string): Rotation {
  return createHash('sha256').update(seed).digest().readUInt32BE(0);
}

/** The rotation itself, once it is known to be a whole number in range (it is written into SQL and filters). */
export function checkedRotation(rotation: Rotation): Rotation {
  if (!Number.isInteger(rotation) || rotation < 0 || rotation > 0xffff_ffff) throw new RangeError(`not a rotation: ${rotation}`);
  return rotation;
}

/** The id whose leading 32 bits are the rotation and the rest zero: ids at or past it come first. */
export function rotationStartId(rotation: Rotation): string {
  return `${checkedRotation(rotation).toString(16).padStart(8, '0')}-0000-0000-0000-000000000000`;
}

/** Where an id stands in a rotation: its leading 32 bits (first eight hex digits) as a number; a search document's rotationKey. */
export function rotationKeyOf(id: string): Rotation {
  const key = Number.parseInt(id.slice(0, 8), 16);
  if (!/^[0-9a-f]{8}-/i.test(id) || !Number.isSafeInteger(key)) throw new RangeError(`not a UUID: ${id}`);
  return key;
}

/** Compares ids (lower-case UUID text, which sorts as PostgreSQL sorts uuids) in a rotation's order. */
export function byIdInRotation(rotation: Rotation): (a: string, b: string) => number {
  const start = rotationStartId(rotation);
  return (a, b) => {
    const [wrappedA, wrappedB] = [a < start, b < start];
    if (wrappedA !== wrappedB) return wrappedA ? 1 : -1;
    return a < b ? -1 : a > b ? 1 : 0;
  };
}

export interface Candidate {
  id: string;
  /** 0..1; 0 when there is no text. */
  textRelevance: number;
  /**
   * The version of the therapist's search read-model row (see RowVersion), read by the statement
   * that found them: the Postgres engine's candidatesAndCounts gives it, so the ranking need not
   * ask for it again. Absent from other engines' answers and from answers kept for later.
   */
  rowVersion?: string;
  /**
   * This process's key for the therapist (therapistKey), given with `rowVersion` by the Postgres
   * engine's held state rows: the read-model row cache reaches the row by it. Never kept past the
   * request that read it.
   */
  rowKey?: number;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface CandidatesAndCounts {
  candidates: Candidate[];
  total: number;
  facets: Facets;
}

export type FacetName = 'concern' | 'modality' | 'language' | 'format' | 'priceBand' | 'gender' | 'community';
export type Facets = Record<FacetName, FacetCount[]>;

/**
 * Where candidates come from. Engines only filter and score text relevance;
 * the same pure ranking orders candidates from any engine.
 */
export abstract class SearchEngine {
  abstract readonly name: string;
  /**
   * At most `limit` matching therapists: by text relevance, then concern cover (2 per asked
   * specialty, 1 per asked treated concern), then id in the rotation's order.
   */
  abstract candidates(query: SearchQuery, limit: number, rotation?: Rotation): Promise<Candidate[]>;
  abstract count(query: SearchQuery): Promise<number>;
  abstract facets(query: SearchQuery): Promise<Facets>;
  /** The total and the facets of one filtered set; engines that get both from one pass override this. */
  async countAndFacets(query: SearchQuery): Promise<{ total: number; facets: Facets }> {
    const [total, facets] = await Promise.all([this.count(query), this.facets(query)]);
    return { total, facets };
  }
  /**
   * The candidates and the set's total and facets together, as a computed search needs both;
   * engines that find both in one pass over the matching rows override this.
   */
  async candidatesAndCounts(query: SearchQuery, limit: number, rotation: Rotation = NO_ROTATION): Promise<CandidatesAndCounts> {
    const [candidates, counts] = await Promise.all([this.candidates(query, limit, rotation), this.countAndFacets(query)]);
    return { candidates, ...counts };
  }
  /** Brings the engine's copy of these therapists up to date (no-op for engines reading the database). */
  abstract sync(therapistIds: string[]): Promise<void>;
  /**
   * Reads what this engine holds in the process before the first searches ask for it; stops between
   * reads once `signal` aborts. Returns how many rows it read (0 for an engine that holds none).
   */
  async warm(_signal?: AbortSignal): Promise<number> {
    return 0;
  }
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

/**
 * A state with no other filter (accepting new clients aside): the Postgres engine keeps its facets
 * and total as counts, and StateRowIndex counts it once a day. Compared field by field with an
 * empty query, so a filter added later is never ignored here.
 */
export function isWholeState(query: SearchQuery): boolean {
  if (query.jurisdiction === null) return false;
  const whole = emptyQuery({ jurisdiction: query.jurisdiction, acceptingNewClients: query.acceptingNewClients });
  return (Object.keys(whole) as (keyof SearchQuery)[]).every((key) => JSON.stringify(query[key]) === JSON.stringify(whole[key]));
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
