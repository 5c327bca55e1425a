import { useCallback, useMemo, useState } from 'react';
import { useClient, useQuery, type CombinedError } from 'urql';
import type { SearchTherapistsInput, SearchTherapistsQuery } from '../gql/graphql';
import { searchTherapistsQuery } from './matching.operations';

export type SearchResult = SearchTherapistsQuery['searchTherapists'];
export type TherapistMatch = SearchResult['items'][number];

export interface PagedSearch {
  /** The first page: total, facets and crisis lines. */
  first: SearchResult | null;
  /** Every result loaded so far, in ranked order. */
  items: TherapistMatch[];
  fetching: boolean;
  error: CombinedError | undefined;
  hasMore: boolean;
  loadingMore: boolean;
  loadMoreError: CombinedError | null;
  loadMore(): Promise<void>;
}

interface MorePages {
  key: string;
  items: TherapistMatch[];
  nextCursor: string | null;
}

/**
 * searchTherapists with "Load more": the first page through useQuery (so it refetches
 * with the filters), later pages appended by cursor. Changing the input starts over.
 */
export function usePagedSearch(input: SearchTherapistsInput | null, options: { dependsOn?: string[] } = {}): PagedSearch {
  const client = useClient();
  const key = JSON.stringify(input);
  // Keyed by value, so a new object with the same filters is not a new request.
  const variables = useMemo(() => ({ input: input as SearchTherapistsInput }), [key]);
  const dependsOn = options.dependsOn?.join(',') ?? '';
  // `additionalTypenames`: a mutation returning one of these (e.g. a revised Intake) drops the cached results.
  const context = useMemo(
    () => ({ requestPolicy: 'cache-and-network' as const, additionalTypenames: dependsOn ? dependsOn.split(',') : [] }),
    [dependsOn],
  );
  const [result] = useQuery({ query: searchTherapistsQuery, variables, pause: input === null, context });
  const [more, setMore] = useState<MorePages | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreError, setLoadMoreError] = useState<CombinedError | null>(null);

  const first = input ? (result.data?.searchTherapists ?? null) : null;
  const extra = more?.key === key ? more : null;
  const items = useMemo(() => dedupe([...(first?.items ?? []), ...(extra?.items ?? [])]), [first, extra]);
  const nextCursor = extra ? extra.nextCursor : (first?.nextCursor ?? null);

  const loadMore = useCallback(async () => {
    if (!input || !nextCursor) return;
    setLoadingMore(true);
    setLoadMoreError(null);
    const page = await client.query(searchTherapistsQuery, { input: { ...input, after: nextCursor } }, { requestPolicy: 'network-only' }).toPromise();
    setLoadingMore(false);
    if (page.error || !page.data) {
      setLoadMoreError(page.error ?? null);
      return;
    }
    const { items: newItems, nextCursor: following } = page.data.searchTherapists;
    setMore((previous) => ({ key, items: [...(previous?.key === key ? previous.items : []), ...newItems], nextCursor: following }));
  }, [client, input, key, nextCursor]);

  return {
    first,
    items,
    fetching: result.fetching,
    error: result.error,
    hasMore: nextCursor !== null,
    loadingMore,
    loadMoreError,
    loadMore,
  };
}

// A therapist can slide across a page boundary if the ranking shifts between requests.
function dedupe(items: TherapistMatch[]): TherapistMatch[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.therapist.id) && seen.add(item.therapist.id));
}
