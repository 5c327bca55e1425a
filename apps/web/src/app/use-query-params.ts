import { useCallback, useMemo, useReducer } from 'react';
import { useLocation, useNavigate, type Location } from 'react-router';

export interface QueryParamsUpdate {
  /** Adds a history entry (a new search) instead of replacing the current one. */
  push?: boolean;
  preventScrollReset?: boolean;
}

export type UpdateQueryParams = (change: (current: URLSearchParams) => URLSearchParams, options?: QueryParamsUpdate) => void;

/**
 * The page's query string, for state kept in the address (filters, a chosen time) so
 * that Back, reload and shared links keep it.
 *
 * <BrowserRouter> applies a URL change in a transition: the address bar changes at
 * once, the router's location a little later. Reading the router alone would briefly
 * undo a click on a control bound to the URL, and a second change made before the
 * first landed would start from the older query and drop the first. So while the
 * address bar is on this page's path its query is the one read: it is where the
 * router is heading, whether the change came from here or from Back and Forward.
 */
export function useQueryParams(): [URLSearchParams, UpdateQueryParams] {
  const location = useLocation();
  const navigate = useNavigate();
  // Re-renders at once after a change made here, without waiting for the router.
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  const query = queryOnItsWay(location);
  const params = useMemo(() => new URLSearchParams(query), [query]);

  const update = useCallback<UpdateQueryParams>(
    (change, options = {}) => {
      const next = change(new URLSearchParams(queryOnItsWay(location))).toString();
      navigate(
        { pathname: location.pathname, search: next ? `?${next}` : '', hash: location.hash },
        { replace: !options.push, preventScrollReset: options.preventScrollReset },
      );
      rerender();
    },
    [location, navigate],
  );
  return [params, update];
}

/** The address bar's query while it is on this page's path, else the router's. */
function queryOnItsWay(router: Pick<Location, 'pathname' | 'search'>): string {
  return window.location.pathname === router.pathname ? window.location.search : router.search;
}
