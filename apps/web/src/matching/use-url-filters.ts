import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { filtersFromParams, writeFilters, type SearchFilters } from './search-filters';

export interface UrlSearchState {
  params: URLSearchParams;
  filters: SearchFilters;
  setFilters(filters: SearchFilters): void;
  /** Changes the query string; `push` adds a history entry (a new search), otherwise it is replaced. */
  updateParams(change: (current: URLSearchParams) => URLSearchParams, options?: { push?: boolean }): void;
}

/**
 * Search state kept in the query string, so Back, reload and shared links keep it.
 * <BrowserRouter> applies URL changes in a transition, which would briefly undo a
 * click on a checkbox bound to the URL; the change is shown at once from local state
 * until the URL catches up.
 */
export function useUrlFilters(): UrlSearchState {
  const [urlParams, setUrlParams] = useSearchParams();
  const basis = urlParams.toString();
  const [pending, setPending] = useState<{ basis: string; query: string } | null>(null);
  const query = pending && pending.basis === basis ? pending.query : basis;
  const params = useMemo(() => new URLSearchParams(query), [query]);
  const filters = useMemo(() => filtersFromParams(params), [params]);

  const updateParams = useCallback(
    (change: (current: URLSearchParams) => URLSearchParams, options: { push?: boolean } = {}) => {
      const next = change(new URLSearchParams(query));
      setPending({ basis, query: next.toString() });
      setUrlParams(next, { replace: !options.push });
    },
    [basis, query, setUrlParams],
  );
  const setFilters = useCallback((next: SearchFilters) => updateParams((current) => writeFilters(current, next)), [updateParams]);

  return { params, filters, setFilters, updateParams };
}
