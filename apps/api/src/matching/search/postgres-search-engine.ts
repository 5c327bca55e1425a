import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Clock } from '../../common/clock';
import { utcDateOf } from '@rapport/domain';
import { Candidate, FacetCount, FacetName, Facets, SearchEngine, SearchQuery } from './search-engine.port';
import { expandText, ExpandedText } from './text-expansion';

// Relevance of a therapist found through the taxonomy rather than their own words: a listed
// specialty reads as a strong match, a treated concern or an offered approach as a good one.
const TAXONOMY_RELEVANCE = { SPECIALTY: 0.9, TREATS_OR_OFFERS: 0.7 } as const;

// Must match the expression of therapist_search_text_index.
const DOCUMENT = `to_tsvector('english', p.search_text)`;

/**
 * The default engine: indexed SQL over the search read model (therapist_search,
 * one row per listable therapist, kept by triggers). Array filters use GIN
 * indexes; names are typo-tolerant with pg_trgm; headlines and bios use
 * full-text search. Licenses are read only for the rare row holding a license
 * that expired since it was written.
 */
@Injectable()
export class PostgresSearchEngine extends SearchEngine {
  readonly name = 'postgres';

  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {
    super();
  }

  async candidates(query: SearchQuery, limit: number): Promise<Candidate[]> {
    const { where, params } = this.filters(query);
    const expanded = expandText(query.text);
    const relevance = expanded ? textRelevance(expanded) : { sql: '0', params: [] };
    // Past the limit, keep those whose specialties and treated concerns best cover the asked ones.
    const concernCover = query.concerns.length
      ? `2 * cardinality(array(select unnest(p.specialty_concerns) intersect select unnest(array[?]::text[]))) +
         cardinality(array(select unnest(p.treated_concerns) intersect select unnest(array[?]::text[])))`
      : null;
    const rows = await this.em.getConnection().execute<{ id: string; relevance: number }[]>(
      `select p.therapist_id as id, ${relevance.sql}::float8 as relevance from therapist_search p
       where ${where}
       order by relevance desc, ${concernCover ? `${concernCover} desc, ` : ''}p.therapist_id
       limit ?`,
      [
        ...relevance.params,
        ...params,
        ...(query.concerns.length ? [query.concerns, query.concerns] : []),
        limit,
      ],
    );
    return rows.map((row) => ({ id: row.id, textRelevance: Math.max(0, Math.min(1, Number(row.relevance))) }));
  }

  async count(query: SearchQuery): Promise<number> {
    const { where, params } = this.filters(query);
    const [row] = await this.em.getConnection().execute<{ total: number }[]>(
      `select count(*)::int as total from therapist_search p where ${where}`,
      params,
    );
    return row.total;
  }

  /**
   * Counts for each facet over the filtered set, in one statement and one pass over the
   * matching rows: every facet value of a row becomes one (facet, value) pair, grouped once.
   */
  async facets(query: SearchQuery): Promise<Facets> {
    const { where, params } = this.filters(query);
    const rows = await this.em.getConnection().execute<{ facet: FacetName; value: string; count: number }[]>(
      `select f.facet, f.value, count(*)::int as count from therapist_search p
       cross join lateral (
         select 'concern' as facet, unnest(p.concerns) as value
         union all select 'modality', unnest(p.modalities)
         union all select 'language', unnest(p.languages)
         union all select 'format', unnest(p.formats)
         union all select 'community', unnest(p.communities)
         union all select 'gender', p.gender where p.gender is not null
         union all select 'priceBand', p.price_band where p.price_band is not null) f
       where ${where}
       group by f.facet, f.value`,
      params,
    );
    const facets: Facets = { concern: [], modality: [], language: [], format: [], priceBand: [], gender: [], community: [] };
    for (const row of rows) facets[row.facet].push({ value: row.value, count: row.count } satisfies FacetCount);
    for (const list of Object.values(facets)) list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    return facets;
  }

  async sync(): Promise<void> {
    // Reads the read model, which triggers keep in step with every write: always in sync.
  }

  private filters(query: SearchQuery): { where: string; params: unknown[] } {
    // A fast first pass in SQL (the same rule as isLicenseValid); MatchingService keeps only
    // the therapists the therapists and licensing modules say may be shown.
    // Rows exist only for ACTIVE therapists with a VERIFIED license; validity depends on the
    // day, so compare the expiries with today. Only a row holding a license that has expired
    // since (earliest expiry before today) looks at its licenses, through their index.
    const today = utcDateOf(this.clock.now());
    const clauses = ['p.latest_license_expiry >= ?'];
    const params: unknown[] = [today];
    if (query.jurisdiction) {
      clauses.push(
        `p.jurisdictions @> array[?]::text[] and (p.earliest_license_expiry >= ? or exists (select 1 from licenses l where l.therapist_id = p.therapist_id and l.status = 'VERIFIED' and l.expires_on >= ? and l.jurisdiction = ?))`,
      );
      params.push(query.jurisdiction, today, today, query.jurisdiction);
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
    overlaps('p.concerns', query.concerns);
    if (query.genders.length) {
      clauses.push('p.gender = any(array[?]::text[])');
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
    // Listed as accepting only when they can be booked (hours, a bookable session type).
    if (query.acceptingNewClients) clauses.push('p.accepting');
    if (query.insurance) {
      clauses.push('p.insurance @> array[lower(trim(?))]::text[]');
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
