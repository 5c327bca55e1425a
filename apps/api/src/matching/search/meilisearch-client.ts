import type { Index, Meilisearch, Settings, Task } from 'meilisearch' with { 'resolution-mode': 'import' };
import type { SearchDocument } from './search-document';
import { durationMs } from '@rapport/domain';

/** The part of the package's exports Rapport uses. */
export interface MeilisearchModule {
  Meilisearch: typeof Meilisearch;
}

/**
 * The `meilisearch` package is ESM-only. The compiled CommonJS keeps this
 * `import()` (module node16), so Node loads it as ESM. Jest cannot run it, so
 * tests pass their own loader of the same package.
 */
export const loadMeilisearch = (): Promise<MeilisearchModule> => import('meilisearch');

export interface MeiliSearchRequest {
  q: string | null;
  filter: string;
  limit?: number;
  hitsPerPage?: number;
  page?: number;
  facets?: string[];
  showRankingScore?: boolean;
  attributesToRetrieve?: string[];
}

export interface MeiliSearchResponse {
  hits: { id: string; _rankingScore?: number }[];
  /** With limit/offset. */
  estimatedTotalHits?: number;
  /** With page/hitsPerPage: exhaustive up to the index's pagination.maxTotalHits. */
  totalHits?: number;
  facetDistribution?: Record<string, Record<string, number>>;
}

/** What Rapport does with one Meilisearch index; each write waits for its task and fails if the task does. */
export interface MeiliIndexClient {
  readonly uid: string;
  applySettings(settings: Settings): Promise<void>;
  upsertDocuments(documents: SearchDocument[]): Promise<void>;
  deleteDocuments(ids: string[]): Promise<void>;
  /** One page of the ids stored in the index. */
  documentIds(page: { offset: number; limit: number }): Promise<{ ids: string[]; total: number }>;
  search(request: MeiliSearchRequest): Promise<MeiliSearchResponse>;
  deleteIndex(): Promise<void>;
}

export interface MeiliConnectionOptions {
  host: string;
  apiKey?: string;
  indexUid: string;
  /** Per HTTP request. */
  requestTimeoutMs?: number;
  /** How long a write waits for Meilisearch to finish its task. */
  taskTimeoutMs?: number;
}

/** A client for one index of a Meilisearch server. Makes no request until used. */
export async function connectMeilisearch(
  options: MeiliConnectionOptions,
  load: () => Promise<MeilisearchModule> = loadMeilisearch,
): Promise<MeiliIndexClient> {
  const { Meilisearch } = await load();
  const client = new Meilisearch({ host: options.host, apiKey: options.apiKey, timeout: options.requestTimeoutMs ?? 10_000 });
  const index: Index<SearchDocument> = client.index<SearchDocument>(options.indexUid);
  const wait = { timeout: options.taskTimeoutMs ?? durationMs({ minutes: 1 }) };
  return {
    uid: options.indexUid,
    applySettings: async (settings) => succeeded(await index.updateSettings(settings).waitTask(wait)),
    upsertDocuments: async (documents) => succeeded(await index.addDocuments(documents, { primaryKey: 'id' }).waitTask(wait)),
    deleteDocuments: async (ids) => succeeded(await index.deleteDocuments(ids).waitTask(wait)),
    documentIds: async ({ offset, limit }) => {
      const page = await index.getDocuments({ fields: ['id'], offset, limit });
      return { ids: page.results.map((document) => document.id), total: page.total };
    },
    search: ({ q, ...parameters }) => index.search(q, parameters) as Promise<MeiliSearchResponse>,
    deleteIndex: async () => succeeded(await index.delete().waitTask(wait)),
  };
}

function succeeded(task: Task): void {
  if (task.status !== 'succeeded') {
    throw new Error(`Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${task.error?.message ?? 'no error given'}`);
  }
}

/** Meilisearch answered that the index does not exist (it is created by the first write or by `npm run search:reindex`). */
export function isIndexNotFound(error: unknown): boolean {
  return (error as { cause?: { code?: unknown } } | null)?.cause?.code === 'index_not_found';
}
