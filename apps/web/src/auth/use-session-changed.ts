import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { useGraphqlClientControls } from '../app/graphql-client-context';

/**
 * Call after signing up, logging in or logging out: starts from an empty cache
 * (so `me` and anything else is fetched again for the new session) and goes home.
 */
export function useSessionChanged(): () => void {
  const { resetClient } = useGraphqlClientControls();
  const navigate = useNavigate();
  return useCallback(() => {
    resetClient();
    navigate('/', { replace: true });
  }, [resetClient, navigate]);
}
