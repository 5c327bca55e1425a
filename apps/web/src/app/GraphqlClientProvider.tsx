import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { Provider } from 'urql';
import { createGraphqlClient } from './create-graphql-client';
import { GraphqlClientContext } from './graphql-client-context';

/** Provides the urql client and a way to replace it (and so its cache) when the session changes. */
export function GraphqlClientProvider({ children }: { children: ReactNode }) {
  const [client, setClient] = useState(createGraphqlClient);
  const resetClient = useCallback(() => setClient(createGraphqlClient()), []);
  const controls = useMemo(() => ({ resetClient }), [resetClient]);

  return (
    <GraphqlClientContext.Provider value={controls}>
      <Provider value={client}>{children}</Provider>
    </GraphqlClientContext.Provider>
  );
}
