import { useContext } from 'react';
import { MeContext, type MeState } from './me-context';

/** Who is signed in. Every page reads the session through this hook. */
export function useMe(): MeState {
  const state = useContext(MeContext);
  if (!state) throw new Error('useMe must be used inside <MeProvider>');
  return state;
}
