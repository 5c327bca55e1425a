import { useMemo, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { setViewerTimeZone } from '../format/dates';
import { meQuery } from './auth.operations';
import { MeContext, type MeState } from './me-context';

/** Asks the API once who is signed in and shares the answer with the whole app. */
export function MeProvider({ children }: { children: ReactNode }) {
  const [result] = useQuery({ query: meQuery });
  // Set during render, before any child formats a date: times read in the signed-in person's own zone.
  setViewerTimeZone(result.data?.me?.timeZone ?? null);
  const state = useMemo<MeState>(
    () => ({
      me: result.data?.me ?? null,
      loading: result.fetching && !result.data,
      error: result.error,
    }),
    [result.data, result.fetching, result.error],
  );
  return <MeContext.Provider value={state}>{children}</MeContext.Provider>;
}
