// Response bodies in the shapes Meilisearch v1 documents and returns
// (reference/api/tasks, /documents, /search and the error format), so the
// fake server answers the real client exactly as a server would. Only the
// values vary; keys, nesting and types follow the recorded responses.

export interface MeiliErrorBody {
  message: string;
  code: string;
  type: 'invalid_request' | 'internal' | 'auth' | 'system';
  link: string;
}

/** GET /indexes/:uid/documents */
export function documentsPage(results: Record<string, unknown>[], offset: number, limit: number, total: number) {
  return { results, offset, limit, total };
}

/** POST /indexes/:uid/search: limit/offset requests get an estimate, page/hitsPerPage requests an exhaustive count. */
export function searchResponse(options: {
  q: string | null;
  hits: Record<string, unknown>[];
  total: number;
  limit?: number;
  hitsPerPage?: number;
  facetDistribution?: Record<string, Record<string, number>>;
}) {
  const pagination =
    options.hitsPerPage !== undefined
      ? { hitsPerPage: options.hitsPerPage, page: 1, totalPages: options.hitsPerPage ? Math.ceil(options.total / options.hitsPerPage) : 0, totalHits: options.total }
      : { limit: options.limit ?? 20, offset: 0, estimatedTotalHits: options.total };
  return {
    hits: options.hits,
    query: options.q ?? '',
    processingTimeMs: 1,
    ...pagination,
    ...(options.facetDistribution ? { facetDistribution: options.facetDistribution, facetStats: {} } : {}),
  };
}

export function errorBody(code: string, message: string, type: MeiliErrorBody['type'] = 'invalid_request'): MeiliErrorBody {
  return { message, code, type, link: `https://docs.meilisearch.com/errors#${code}` };
}
