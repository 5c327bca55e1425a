import { createContext } from 'react';
import type { CombinedError } from 'urql';
import type { CurrentUser } from './current-user';

export interface MeState {
  /** The signed-in user, or null when signed out (or not yet known). */
  me: CurrentUser | null;
  /** True until the first answer to `me` arrives. */
  loading: boolean;
  error: CombinedError | undefined;
}

export const MeContext = createContext<MeState | null>(null);
