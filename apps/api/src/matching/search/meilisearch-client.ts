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
  sort?: string[];
  showRankingScore?: boolean;
  attributesToRetrieve?: string[];
  attributesToSearchOn?: string[];
  matchingStrategy?: 'all' | 'last';
}

export interface MeiliHit {
  id: string;
  _rankingScore?: number;
  [attribute: string]: unknown;
}

export interface MeiliSearchResponse {
  hits: MeiliHit[];
  /** With limit/offset. */
  estimatedTotalHits?: number;
  /** With page/hitsPerPage: exhaustive up to the index's pagination.maxTotalHits. */
  totalHits?: number;
  facetDistribution?: Record<string, Record<string, number>>;
}

/** A write Meilisearch has accepted (its task is queued, in order); `wait()` resolves when it is applied. */
export interface EnqueuedWrite {
  wait(): Promise<void>;
}

/** What Rapport does with one Meilisearch index; each write fails if its task does. */
export interface MeiliIndexClient {
  readonly uid: string;
  /** Waits up to the settings task timeout: on a large index a settings change re-indexes everything. */
  applySettings(settings: Settings): Promise<void>;
  /** The index's filterable attributes; null when the index does not exist. */
  filterableAttributes(): Promise<unknown[] | null>;
  /** Resolves once Meilisearch has queued the write (tasks apply in the order they were queued). */
  enqueueUpsert(documents: SearchDocument[]): Promise<EnqueuedWrite>;
  enqueueDelete(ids: string[]): Promise<EnqueuedWrite>;
  upsertDocuments(documents: SearchDocument[]): Promise<void>;
  deleteDocuments(ids: string[]): Promise<void>;
  /** One page of the ids stored in the index. */
  documentIds(page: { offset: number; limit: number }): Promise<{ ids: string[]; total: number }>;
  search(request: MeiliSearchRequest): Promise<MeiliSearchResponse>;
  /** Several searches of this index in one request (POST /multi-search). */
  multiSearch(requests: MeiliSearchRequest[]): Promise<MeiliSearchResponse[]>;
  deleteIndex(): Promise<void>;
}

export interface MeiliConnectionOptions {
  host: string;
  apiKey?: string;
  indexUid: string;
  /** Per HTTP request. */
  requestTimeoutMs?: number;
  /** How long a document write waits for Meilisearch to finish its task (default 1 minute). */
  taskTimeoutMs?: number;
  /**
   * How long a settings change waits (default 30 minutes). Changing filterable or searchable
   * attributes re-indexes every document; the client's own default (5 s) would fail a reindex
   * of a large index while the task is still running fine.
   */
  settingsTaskTimeoutMs?: number;
}

export const DEFAULT_TASK_TIMEOUT_MS = durationMs({ minutes: 1 });
export const DEFAULT_SETTINGS_TASK_TIMEOUT_MS = durationMs({ minutes: 30 });

/** A client for one index of a Meilisearch server. Makes no request until used. */
export async function connectMeilisearch(
  options: MeiliConnectionOptions,
  load: () => Promise<MeilisearchModule> = loadMeilisearch,
): Promise<MeiliIndexClient> {
  const { Meilisearch } = await load();
  const client = new Meilisearch({ host: options.host, apiKey: options.apiKey, timeout: options.requestTimeoutMs ?? 10_000 });
  const index: Index<SearchDocument> = client.index<SearchDocument>(options.indexUid);
  const documentWait = { timeout: options.taskTimeoutMs ?? DEFAULT_TASK_TIMEOUT_MS };
  const settingsWait = { timeout: options.settingsTaskTimeoutMs ?? DEFAULT_SETTINGS_TASK_TIMEOUT_MS, interval: 250 };
  const enqueued = (taskUid: number, unless?: string): EnqueuedWrite => ({ wait: async () => succeeded(await client.tasks.waitForTask(taskUid, documentWait), unless) });
  const client_: MeiliIndexClient = {
    uid: options.indexUid,
    applySettings: async (settings) => succeeded(await index.updateSettings(settings).waitTask(settingsWait)),
    filterableAttributes: async () => {
      try {
        return (await index.getFilterableAttributes()) as unknown[];
      } catch (error) {
        if (isIndexNotFound(error)) return null;
        throw error;
      }
    },
    enqueueUpsert: async (documents) => enqueued((await index.addDocuments(documents, { primaryKey: 'id' })).taskUid),
    // Deleting from an index that does not exist fails the task (only additions and settings create
    // an index): nothing to delete is what a deletion wants.
    enqueueDelete: async (ids) => enqueued((await index.deleteDocuments(ids)).taskUid, 'index_not_found'),
    upsertDocuments: async (documents) => (await client_.enqueueUpsert(documents)).wait(),
    deleteDocuments: async (ids) => (await client_.enqueueDelete(ids)).wait(),
    documentIds: async ({ offset, limit }) => {
      const page = await index.getDocuments({ fields: ['id'], offset, limit });
      return { ids: page.results.map((document) => document.id), total: page.total };
    },
    search: ({ q, ...parameters }) => index.search(q, parameters) as Promise<MeiliSearchResponse>,
    multiSearch: async (requests) => {
      const response = await client.multiSearch({ queries: requests.map((request) => ({ indexUid: options.indexUid, ...request })) });
      return response.results as unknown as MeiliSearchResponse[];
    },
    deleteIndex: async () => succeeded(await index.delete().waitTask(documentWait)),
  };
  return client_;
}

function succeeded(task: Task, unlessErrorCode?: string): void {
  if (task.status !== 'succeeded' && !(unlessErrorCode && task.error?.code === unlessErrorCode)) {
    throw new Error(`Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${task.error?.message ?? 'no error given'}`);
  }
}

function errorCode(error: unknown): unknown {
  return (error as { cause?: { code?: unknown } } | null)?.cause?.code;
}

/** Meilisearch answered that the index does not exist (it is created by the first write or by `npm run search:reindex`). */
export function isIndexNotFound(error: unknown): boolean {
  return errorCode(error) === 'index_not_found';
}

/** Meilisearch refused a search because the index lacks Rapport's settings (e.g. an index a write re-created with defaults). */
export function isMissingSettings(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'invalid_search_filter' || code === 'invalid_search_facets' || code === 'invalid_search_sort' || code === 'invalid_search_attributes_to_search_on';
}
