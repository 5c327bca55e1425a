import { EntityManager } from '@mikro-orm/postgresql';
import { Clock } from '../../../common/clock';
import { utcDateOf } from '@rapport/domain';
import { Candidate, FacetCount, FacetName, Facets, NO_ROTATION, Rotation, rotationStartId, SearchEngine, SearchQuery } from '../search-engine.port';
import { expandText, ExpandedText } from '../text-expansion';

// Relevance of a therapist found through the taxonomy rather than their own words: a listed
// specialty reads as a strong match, a treated concern or an offered approach as a good one.
const TAXONOMY_RELEVANCE = { SPECIALTY: 0.9, TREATS_OR_OFFERS: 0.7 } as const;

// Must match the expression of therapist_profiles_search_document_index.
const DOCUMENT = `to_tsvector('english', coalesce(p.display_name, '') || ' ' || coalesce(p.headline, '') || ' ' || coalesce(p.bio, ''))`;

/**
 * FOR TESTS ONLY: the Postgres engine as it was before the search read model
 * (issue #12), kept callable so search-ranking-parity.e2e-spec.ts can compare
 * the old path's results with today's. Do not use in the app. It cuts candidates past the limit
 * in today's order (ids in the rotation's order past relevance and cover), so the comparison is
 * of everything else.
 *
 * The engine: indexed SQL over therapist_profiles. Array filters use
 * GIN indexes; names are typo-tolerant with pg_trgm; headlines and bios use
 * full-text search.
 */
export class LegacyPostgresSearchEngine extends SearchEngine {
  readonly name = 'postgres-legacy';

  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {
    super();
  }

  async candidates(query: SearchQuery, limit: number, rotation: Rotation = NO_ROTATION): Promise<Candidate[]> {
    const { where, params } = this.filters(query);
    const expanded = expandText(query.text);
    const relevance = expanded ? textRelevance(expanded) : { sql: '0', params: [] };
    // Past the limit, keep those whose specialties and treated concerns best cover the asked ones.
    const concernCover = query.concerns.length
      ? `2 * cardinality(array(select unnest(p.specialty_concerns) intersect select unnest(array[?]::text[]))) +
         cardinality(array(select unnest(p.treated_concerns) intersect select unnest(array[?]::text[])))`
      : null;
    const rows = await this.em.getConnection().execute<{ id: string; relevance: number }[]>(
      `select p.id, ${relevance.sql}::float8 as relevance from therapist_profiles p
       where ${where}
       order by relevance desc, ${concernCover ? `${concernCover} desc, ` : ''}p.id < ?::uuid, p.id
       limit ?`,
      [
        ...relevance.params,
        ...params,
        ...(query.concerns.length ? [query.concerns, query.concerns] : []),
        rotationStartId(rotation),
        limit,
      ],
    );
    return rows.map((row) => ({ id: row.id, textRelevance: Math.max(0, Math.min(1, Number(row.relevance))) }));
  }

  async count(query: SearchQuery): Promise<number> {
    const { where, params } = this.filters(query);
    const [row] = await this.em.getConnection().execute<{ total: number }[]>(
      `select count(*)::int as total from therapist_profiles p where ${where}`,
      params,
    );
    return row.total;
  }

  /** Counts for each facet over the filtered set, in one statement. */
  async facets(query: SearchQuery): Promise<Facets> {
    const { where, params } = this.filters(query);
    const rows = await this.em.getConnection().execute<{ facet: FacetName; value: string; count: number }[]>(
      `with matching as (select p.* from therapist_profiles p where ${where})
       select 'concern' as facet, c as value, count(*)::int as count from matching, unnest(specialty_concerns || treated_concerns) c group by c
       union all select 'modality', m, count(*)::int from matching, unnest(modalities) m group by m
       union all select 'language', l, count(*)::int from matching, unnest(languages) l group by l
       union all select 'format', f, count(*)::int from matching, unnest(formats) f group by f
       union all select 'community', c, count(*)::int from matching, unnest(communities) c group by c
       union all select 'gender', gender::text, count(*)::int from matching where gender is not null group by gender
       union all select 'priceBand', case when fee_minor < 10000 then 'UNDER_100' when fee_minor < 15000 then '100_TO_149'
         when fee_minor < 20000 then '150_TO_199' else '200_PLUS' end, count(*)::int from matching where fee_minor is not null group by 2`,
      params,
    );
    const facets: Facets = { concern: [], modality: [], language: [], format: [], priceBand: [], gender: [], community: [] };
    for (const row of rows) facets[row.facet].push({ value: row.value, count: row.count } satisfies FacetCount);
    for (const list of Object.values(facets)) list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    return facets;
  }

  async sync(): Promise<void> {
    // Reads the database directly: always in sync.
  }

  private filters(query: SearchQuery): { where: string; params: unknown[] } {
    // A fast first pass in SQL (the same rule as isLicenseValid); MatchingService keeps only
    // the therapists the therapists and licensing modules say may be shown.
    const clauses = [`p.status = 'ACTIVE'`];
    const params: unknown[] = [];
    const today = utcDateOf(this.clock.now());
    if (query.jurisdiction) {
      clauses.push(`exists (select 1 from licenses l where l.therapist_id = p.id and l.status = 'VERIFIED' and l.expires_on >= ? and l.jurisdiction = ?)`);
      params.push(today, query.jurisdiction);
    } else {
      clauses.push(`exists (select 1 from licenses l where l.therapist_id = p.id and l.status = 'VERIFIED' and l.expires_on >= ?)`);
      params.push(today);
    }
    const overlaps = (column: string, values: string[]) => {
      if (values.length === 0) return;
      clauses.push(`${column} && array[?]::text[]`);
      params.push(values);
    };
    overlaps('p.formats', query.formats);
    overlaps('p.languages', query.languages);
    overlaps('p.modalities', query.modalities);
    overlaps('p.communities', query.communities);
    if (query.concerns.length) {
      clauses.push('(p.specialty_concerns && array[?]::text[] or p.treated_concerns && array[?]::text[])');
      params.push(query.concerns, query.concerns);
    }
    if (query.genders.length) {
      clauses.push('p.gender::text = any(array[?]::text[])');
      params.push(query.genders);
    }
    if (query.ageGroup) {
      clauses.push(`(cardinality(p.age_groups) = 0 or ? = any(p.age_groups))`);
      params.push(query.ageGroup);
    }
    if (query.maxFeeMinor !== null) {
      clauses.push('(p.fee_minor <= ? or p.sliding_scale_min_minor <= ?)');
      params.push(query.maxFeeMinor, query.maxFeeMinor);
    }
    if (query.slidingScaleOnly) clauses.push('p.sliding_scale_min_minor is not null');
    if (query.acceptingNewClients) clauses.push('p.accepts_new_clients');
    if (query.insurance) {
      clauses.push('exists (select 1 from unnest(p.insurance_accepted) i where lower(i) = lower(?))');
      params.push(query.insurance);
    }
    const expanded = expandText(query.text);
    if (expanded) {
      const taxonomy = taxonomyMatch(expanded);
      clauses.push(`(p.display_name % ? or ${DOCUMENT} @@ websearch_to_tsquery('english', ?)${taxonomy ? ` or ${taxonomy.any}` : ''})`);
      params.push(expanded.text, expanded.text, ...(taxonomy?.anyParams ?? []));
    }
    return { where: clauses.join(' and '), params };
  }
}

/** SQL for "lists a concern or approach the text names"; null when the text names none. */
function taxonomyMatch({ concerns, modalities }: ExpandedText) {
  if (concerns.length === 0 && modalities.length === 0) return null;
  const specialty = `p.specialty_concerns && array[?]::text[]`;
  const treatsOrOffers = `(p.treated_concerns && array[?]::text[] or p.modalities && array[?]::text[])`;
  return {
    any: `(${specialty} or ${treatsOrOffers})`,
    anyParams: [concerns, concerns, modalities],
    specialty,
    treatsOrOffers,
  };
}

/** 0..1: the best of name similarity (typos), full-text rank of headline and bio, and the taxonomy match. */
function textRelevance(expanded: ExpandedText): { sql: string; params: unknown[] } {
  const taxonomy = taxonomyMatch(expanded);
  const parts = [`similarity(p.display_name, ?)`, `least(1, ts_rank(${DOCUMENT}, websearch_to_tsquery('english', ?)) * 4)`];
  const params: unknown[] = [expanded.text, expanded.text];
  if (taxonomy) {
    parts.push(
      `case when ${taxonomy.specialty} then ${TAXONOMY_RELEVANCE.SPECIALTY} when ${taxonomy.treatsOrOffers} then ${TAXONOMY_RELEVANCE.TREATS_OR_OFFERS} else 0 end`,
    );
    params.push(expanded.concerns, expanded.concerns, expanded.modalities);
  }
  return { sql: `greatest(${parts.join(', ')})`, params };
}
