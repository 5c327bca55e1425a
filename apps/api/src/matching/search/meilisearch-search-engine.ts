import { Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Clock } from '../../common/clock';
import { utcDateOf } from '@rapport/domain';
import { isIndexNotFound, MeiliIndexClient, MeiliSearchRequest, MeiliSearchResponse } from './meilisearch-client';
import { FACET_ATTRIBUTES, meilisearchIndexSettings, toFacets, toMeiliFilter } from './meilisearch-query';
import { loadDocumentChanges } from './search-document-source';
import { Candidate, Facets, SearchEngine, SearchQuery } from './search-engine.port';

/**
 * Candidates from a Meilisearch index kept in sync through the outbox
 * (`therapist.changed` → sync). Typo tolerance, synonyms and ranking scores
 * come from Meilisearch; the filters mean exactly what the Postgres engine's do.
 */
export class MeilisearchSearchEngine extends SearchEngine {
  readonly name = 'meilisearch';
  private readonly logger = new Logger(MeilisearchSearchEngine.name);
  private settingsApplied: Promise<void> | null = null;

  constructor(
    private readonly index: MeiliIndexClient,
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {
    super();
  }

  async candidates(query: SearchQuery, limit: number): Promise<Candidate[]> {
    const text = textOf(query);
    const response = await this.search({
      q: text,
      filter: this.filterFor(query),
      limit,
      attributesToRetrieve: ['id'],
      ...(text ? { showRankingScore: true } : {}),
    });
    return response.hits.map((hit) => ({
      id: String(hit.id),
      textRelevance: text ? Math.max(0, Math.min(1, Number(hit._rankingScore ?? 0))) : 0,
    }));
  }

  async count(query: SearchQuery): Promise<number> {
    // page/hitsPerPage makes Meilisearch count exhaustively (totalHits) instead of estimating.
    const response = await this.search({ q: textOf(query), filter: this.filterFor(query), hitsPerPage: 0, page: 1 });
    return response.totalHits ?? response.estimatedTotalHits ?? 0;
  }

  async facets(query: SearchQuery): Promise<Facets> {
    const response = await this.search({ q: textOf(query), filter: this.filterFor(query), limit: 0, facets: Object.values(FACET_ATTRIBUTES) });
    return toFacets(response.facetDistribution);
  }

  /** Upserts the documents of ACTIVE therapists among `therapistIds` and deletes the others; resolves when Meilisearch has applied both. */
  async sync(therapistIds: string[]): Promise<void> {
    if (therapistIds.length === 0) return;
    await this.ensureSettings();
    const { documents, removedIds } = await loadDocumentChanges(this.em.fork(), therapistIds, this.today());
    if (documents.length) await this.index.upsertDocuments(documents);
    if (removedIds.length) await this.index.deleteDocuments(removedIds);
  }

  /** Settings before the first write of each process, so an index that a write creates can be filtered at once. */
  private ensureSettings(): Promise<void> {
    this.settingsApplied ??= this.index.applySettings(meilisearchIndexSettings()).catch((error: unknown) => {
      this.settingsApplied = null;
      throw error;
    });
    return this.settingsApplied;
  }

  private async search(request: MeiliSearchRequest): Promise<MeiliSearchResponse> {
    try {
      return await this.index.search(request);
    } catch (error) {
      // No index yet means nothing is indexed yet: an empty directory, not a failure.
      if (!isIndexNotFound(error)) throw error;
      this.logger.warn(`Meilisearch index "${this.index.uid}" does not exist yet: run npm run search:reindex`);
      return { hits: [], totalHits: 0, facetDistribution: {} };
    }
  }

  private filterFor(query: SearchQuery): string {
    return toMeiliFilter(query, this.today());
  }

  private today(): string {
    return utcDateOf(this.clock.now());
  }
}

function textOf(query: SearchQuery): string | null {
  return query.text?.trim() || null;
}
