import { useQuery } from 'urql';
import { localMailboxEnabledQuery } from './mailbox.operations';

/** Whether the API keeps mail in a local mailbox (development without SMTP): null while asking. */
export function useLocalMailboxEnabled(): boolean | null {
  const [{ data }] = useQuery({ query: localMailboxEnabledQuery, requestPolicy: 'cache-first' });
  return data?.localMailboxEnabled ?? null;
}
