import { useCallback, useMemo, useReducer } from 'react';
import { useLocation, useSearchParams } from 'react-router';
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
 *
 * <BrowserRouter> applies a URL change in a transition: the address bar changes at once,
 * the router's location a little later. Reading the router alone would briefly undo a
 * click on a checkbox bound to the URL. So while the router still holds an older query
 * for this page, the address bar's query is shown: it is where the router is heading,
 * whether the change came from here, from a second change made before the first landed,
 * or from Back and Forward.
 */
export function useUrlFilters(): UrlSearchState {
  const location = useLocation();
  const [, setUrlParams] = useSearchParams();
  // Re-renders at once after a change made here, without waiting for the router.
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  const query = queryOnItsWay(location);
  const params = useMemo(() => new URLSearchParams(query), [query]);
  const filters = useMemo(() => filtersFromParams(params), [params]);

  const updateParams = useCallback(
    (change: (current: URLSearchParams) => URLSearchParams, options: { push?: boolean } = {}) => {
      setUrlParams(change(new URLSearchParams(queryOnItsWay(location))), { replace: !options.push });
      rerender();
    },
    [location, setUrlParams],
  );
  const setFilters = useCallback((next: SearchFilters) => updateParams((current) => writeFilters(current, next)), [updateParams]);

  return { params, filters, setFilters, updateParams };
}

/** The address bar's query while it is on this page's path, else the router's. */
function queryOnItsWay(router: { pathname: string; search: string }): string {
  return window.location.pathname === router.pathname ? window.location.search : router.search;
}
