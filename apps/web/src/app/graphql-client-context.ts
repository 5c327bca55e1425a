import { createContext, useContext } from 'react';

export interface GraphqlClientControls {
  /** Drops every cached result; call after signing in or out so no data outlives its session. */
  resetClient(): void;
}

export const GraphqlClientContext = createContext<GraphqlClientControls | null>(null);

export function useGraphqlClientControls(): GraphqlClientControls {
  const controls = useContext(GraphqlClientContext);
  if (!controls) throw new Error('useGraphqlClientControls must be used inside <GraphqlClientProvider>');
  return controls;
}
