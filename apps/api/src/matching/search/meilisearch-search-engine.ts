import { Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Clock } from '../../common/clock';
import { utcDateOf } from '@rapport/domain';
import { isIndexNotFound, isMissingSettings, MeiliHit, MeiliIndexClient, MeiliSearchRequest, MeiliSearchResponse } from './meilisearch-client';
import { FACET_ATTRIBUTES, MAX_TOTAL_HITS, meilisearchIndexSettings, taxonomyFilter, toFacets, toMeiliFilter } from './meilisearch-query';
import { byIdInRotation, Candidate, checkedRotation, Facets, NO_ROTATION, Rotation, SearchEngine, SearchQuery } from './search-engine.port';
import { writeTherapistDocuments } from './search-index-writer';
import { expandText, ExpandedText, TAXONOMY_RELEVANCE } from './text-expansion';
import { NAME_SIMILARITY_THRESHOLD, trigramSimilarity } from './trigram';

// Name candidates are looked up word by word; a longer text is not a name.
const MAX_NAME_WORDS = 6;
const RANK_ATTRIBUTES = ['id', 'displayName', 'specialtyConcerns', 'treatedConcerns', 'modalities'];

interface Match {
  id: string;
  relevance: number;
  hit: MeiliHit;
}

/**
 * Candidates from a Meilisearch index kept in sync through the outbox
 * (`therapist.changed` → sync). It hands ranking the candidates the Postgres
 * engine would:
 * - the same filters (meilisearch-query.ts);
 * - the same text rule: a therapist matches when every word of the text does
 *   (matchingStrategy `all`, over name, headline, bio and the names of what they
 *   list; stop words ignored), or their name is close to the text as a whole
 *   (pg_trgm similarity ≥ 0.3, computed here over the names that share a word),
 *   or the text names a concern or approach they list;
 * - the same order past the limit: text relevance, then concern coverage
 *   (2 per asked specialty, 1 per asked treated concern), then id from the
 *   rotation's start (rotationKey holds where an id stands). Meilisearch
 *   cannot sort by a per-query score, so when concerns or text are asked the
 *   engine pages every match (ids and the few attributes ranking needs, at most
 *   pagination.maxTotalHits) and orders them here; otherwise Meilisearch sorts by
 *   rotationKey and id.
 */
export class MeilisearchSearchEngine extends SearchEngine {
  readonly name = 'meilisearch';
  private readonly logger = new Logger(MeilisearchSearchEngine.name);
  private healing: Promise<unknown> | null = null;

  constructor(
    private readonly index: MeiliIndexClient,
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {
    super();
  }

  async candidates(query: SearchQuery, limit: number, rotation: Rotation = NO_ROTATION): Promise<Candidate[]> {
    const filter = this.filterFor(query);
    if (!query.text && query.concerns.length === 0) {
      // The ids from the rotation's start, then those before it: two sorted searches, one request.
      // A document written before rotationKey existed falls in the second (NOT matches a missing
      // attribute) and sorts last there, until the reindex writes it again.
      const from = `rotationKey >= ${checkedRotation(rotation)}`;
      const sort = ['rotationKey:asc', 'id:asc'];
      const responses = await this.search([
        { q: null, filter: `${filter} AND ${from}`, sort, limit, attributesToRetrieve: ['id'] },
        { q: null, filter: `${filter} AND NOT ${from}`, sort, limit, attributesToRetrieve: ['id'] },
      ]);
      return responses.flatMap((response) => response.hits).slice(0, limit).map((hit) => ({ id: String(hit.id), textRelevance: 0 }));
    }
    const byId = byIdInRotation(rotation);
    const asked = new Set(query.concerns);
    const cover = (hit: MeiliHit) =>
      2 * strings(hit.specialtyConcerns).filter((code) => asked.has(code)).length + strings(hit.treatedConcerns).filter((code) => asked.has(code)).length;
    const ranked = (await this.matches(query, filter, RANK_ATTRIBUTES))
      .map((match) => ({ ...match, cover: cover(match.hit) }))
      .sort((a, b) => b.relevance - a.relevance || b.cover - a.cover || byId(a.id, b.id));
    return ranked.slice(0, limit).map(({ id, relevance }) => ({ id, textRelevance: query.text ? Math.max(0, Math.min(1, relevance)) : 0 }));
  }

  async count(query: SearchQuery): Promise<number> {
    const filter = this.filterFor(query);
    if (query.text) return (await this.matches(query, filter, ['id'])).length;
    // page/hitsPerPage makes Meilisearch count exhaustively (totalHits) instead of estimating.
    const [response] = await this.search([{ q: null, filter, hitsPerPage: 0, page: 1 }]);
    return response.totalHits ?? response.estimatedTotalHits ?? 0;
  }

  async facets(query: SearchQuery): Promise<Facets> {
    const filter = this.filterFor(query);
    if (!query.text) {
      const [response] = await this.search([{ q: null, filter, limit: 0, facets: Object.values(FACET_ATTRIBUTES) }]);
      return toFacets(response.facetDistribution);
    }
    // A text match is the union of several searches: count its facets here, as Meilisearch would.
    const distribution: Record<string, Record<string, number>> = {};
    for (const { hit } of await this.matches(query, filter, ['id', ...Object.values(FACET_ATTRIBUTES)])) {
      for (const attribute of Object.values(FACET_ATTRIBUTES)) {
        const counts = (distribution[attribute] ??= {});
        const raw = hit[attribute];
        for (const value of new Set((Array.isArray(raw) ? raw : [raw]).filter((item) => item !== null && item !== undefined).map(String))) {
          counts[value] = (counts[value] ?? 0) + 1;
        }
      }
    }
    return toFacets(distribution);
  }

  /** Upserts the documents of ACTIVE therapists among `therapistIds` and deletes the others, in order across replicas; resolves when applied. */
  async sync(therapistIds: string[]): Promise<void> {
    await writeTherapistDocuments(this.em, this.index, therapistIds, this.today());
  }

  /** Every therapist the query matches (at most maxTotalHits per search), with the Postgres engine's text relevance. */
  private async matches(query: SearchQuery, filter: string, attributes: string[]): Promise<Match[]> {
    const retrieve = [...new Set([...attributes, ...(query.text ? RANK_ATTRIBUTES : [])])];
    const expanded = expandText(query.text);
    if (!expanded) {
      const [response] = await this.search([{ q: null, filter, limit: MAX_TOTAL_HITS, attributesToRetrieve: retrieve }]);
      return response.hits.map((hit) => ({ id: String(hit.id), relevance: 0, hit }));
    }
    const nameWords = [...new Set(expanded.text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean))].slice(0, MAX_NAME_WORDS);
    const taxonomy = taxonomyFilter(filter, expanded.concerns, expanded.modalities);
    const requests: MeiliSearchRequest[] = [
      { q: expanded.text, filter, matchingStrategy: 'all', limit: MAX_TOTAL_HITS, attributesToRetrieve: retrieve, showRankingScore: true },
      ...nameWords.map((word): MeiliSearchRequest => ({
        q: word, filter, matchingStrategy: 'all', attributesToSearchOn: ['displayName'], limit: MAX_TOTAL_HITS, attributesToRetrieve: retrieve,
      })),
      ...(taxonomy ? [{ q: null, filter: taxonomy, limit: MAX_TOTAL_HITS, attributesToRetrieve: retrieve }] : []),
    ];
    const [allWords, ...others] = await this.search(requests);
    const byId = new Map<string, Match>();
    for (const hit of allWords.hits) byId.set(String(hit.id), { id: String(hit.id), relevance: Number(hit._rankingScore ?? 0), hit });
    for (const hit of others.flatMap((response) => response.hits)) {
      if (!byId.has(String(hit.id))) byId.set(String(hit.id), { id: String(hit.id), relevance: 0, hit });
    }
    const found: Match[] = [];
    for (const match of byId.values()) {
      const similarity = trigramSimilarity(String(match.hit.displayName ?? ''), expanded.text);
      const listed = taxonomyRelevance(match.hit, expanded);
      const matchedAllWords = allWords.hits.some((hit) => String(hit.id) === match.id);
      if (!matchedAllWords && similarity < NAME_SIMILARITY_THRESHOLD && listed === 0) continue;
      found.push({ ...match, relevance: Math.max(match.relevance, similarity, listed) });
    }
    return found;
  }

  /** Runs searches (one request); an index without Rapport's settings gets them back and the searches run again. */
  private async search(requests: MeiliSearchRequest[]): Promise<MeiliSearchResponse[]> {
    try {
      return await this.run(requests);
    } catch (error) {
      if (isIndexNotFound(error)) {
        // No index yet means nothing is indexed yet: an empty directory, not a failure.
        this.logger.warn(`Meilisearch index "${this.index.uid}" does not exist yet: run npm run search:reindex`);
        return requests.map(() => ({ hits: [], totalHits: 0, estimatedTotalHits: 0, facetDistribution: {} }));
      }
      if (!isMissingSettings(error)) throw error;
      this.logger.warn(`Meilisearch index "${this.index.uid}" lost its settings (re-created by a write?): applying them again`);
      // Unconditionally: also heals an index whose settings predate this release (e.g. `id` not yet sortable).
      this.healing ??= this.index.applySettings(meilisearchIndexSettings()).finally(() => (this.healing = null));
      await this.healing;
      return this.run(requests);
    }
  }

  private run(requests: MeiliSearchRequest[]): Promise<MeiliSearchResponse[]> {
    return requests.length === 1 ? this.index.search(requests[0]).then((response) => [response]) : this.index.multiSearch(requests);
  }

  private filterFor(query: SearchQuery): string {
    return toMeiliFilter(query, this.today());
  }

  private today(): string {
    return utcDateOf(this.clock.now());
  }
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

function taxonomyRelevance(hit: MeiliHit, { concerns, modalities }: ExpandedText): number {
  const has = (attribute: string, codes: readonly string[]) => strings(hit[attribute]).some((code) => codes.includes(code));
  if (has('specialtyConcerns', concerns)) return TAXONOMY_RELEVANCE.SPECIALTY;
  if (has('treatedConcerns', concerns) || has('modalities', modalities)) return TAXONOMY_RELEVANCE.TREATS_OR_OFFERS;
  return 0;
}


