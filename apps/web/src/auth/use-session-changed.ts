import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { useGraphqlClientControls } from '../app/graphql-client-context';
import { clearPerUserStorage } from './per-user-storage';

/**
 * Call after signing up, logging in or logging out: starts from an empty cache
 * (so `me` and anything else is fetched again for the new session) and empty
 * per-user storage (the intake draft: health answers), then goes home, or runs
 * `instead` where the page should stay and show the new session in place.
 */
export function useSessionChanged(instead?: () => void): () => void {
  const { resetClient } = useGraphqlClientControls();
  const navigate = useNavigate();
  return useCallback(() => {
    clearPerUserStorage();
    resetClient();
    if (instead) instead();
    else navigate('/', { replace: true });
  }, [resetClient, navigate, instead]);
}
