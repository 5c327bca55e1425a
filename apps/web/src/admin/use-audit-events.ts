import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient, type CombinedError } from 'urql';
import type { AuditEventsQuery } from '../gql/graphql';
import { auditEventsQuery } from './admin.operations';

export type AuditEventRow = AuditEventsQuery['auditEvents'][number];

export const AUDIT_PAGE_SIZE = 50;

interface AuditEventsState {
  events: AuditEventRow[];
  loading: boolean;
  error: CombinedError | null;
  /** False once a page came back short: there is nothing older. */
  hasMore: boolean;
}

const INITIAL: AuditEventsState = { events: [], loading: true, error: null, hasMore: false };

/**
 * The audit log newest first, a page at a time: `loadMore` asks for events before
 * the oldest one shown. Changing `action` starts again from the newest.
 */
export function useAuditEvents(action: string | null): AuditEventsState & { loadMore(): void } {
  const client = useClient();
  const [state, setState] = useState<AuditEventsState>(INITIAL);
  // Answers to superseded requests (an older filter) are dropped.
  const latestRequest = useRef(0);

  const load = useCallback(
    async (before: { createdAt: string; id: string } | null) => {
      const request = ++latestRequest.current;
      setState((current) => ({ ...current, events: before ? current.events : [], loading: true, error: null }));
      const result = await client
        .query(
          auditEventsQuery,
          { limit: AUDIT_PAGE_SIZE, before: before?.createdAt ?? null, beforeId: before?.id ?? null, action },
          { requestPolicy: 'network-only' },
        )
        .toPromise();
      if (request !== latestRequest.current) return;
      const page = result.data?.auditEvents ?? [];
      setState((current) => ({
        events: result.error ? current.events : [...current.events, ...page],
        loading: false,
        error: result.error ?? null,
        hasMore: result.error ? current.hasMore : page.length === AUDIT_PAGE_SIZE,
      }));
    },
    [client, action],
  );

  useEffect(() => {
    void load(null);
  }, [load]);

  const { events } = state;
  const loadMore = useCallback(() => {
    const oldest = events.at(-1);
    if (oldest) void load({ createdAt: oldest.createdAt, id: oldest.id });
  }, [events, load]);

  return { ...state, loadMore };
}
