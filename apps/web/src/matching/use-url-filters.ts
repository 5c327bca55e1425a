import { useCallback, useMemo } from 'react';
import { useQueryParams, type UpdateQueryParams } from '../app/use-query-params';
import { filtersFromParams, writeFilters, type SearchFilters } from './search-filters';

export interface UrlSearchState {
  params: URLSearchParams;
  filters: SearchFilters;
  setFilters(filters: SearchFilters): void;
  /** Changes the query string; `push` adds a history entry (a new search), otherwise it is replaced. */
  updateParams: UpdateQueryParams;
}

/** Search state kept in the query string (see useQueryParams for how it stays current while the URL changes). */
export function useUrlFilters(): UrlSearchState {
  const [params, updateParams] = useQueryParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const setFilters = useCallback((next: SearchFilters) => updateParams((current) => writeFilters(current, next)), [updateParams]);
  return { params, filters, setFilters, updateParams };
}
