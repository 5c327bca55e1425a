import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import { paths } from '../app/paths';
import { PageLoader } from '../layout/PageLoader';
import { useMe } from './use-me';

/** Sign-up and log-in pages make no sense once signed in: send the person home. */
export function RedirectIfSignedIn({ children }: { children: ReactNode }) {
  const { me, loading } = useMe();
  if (loading) return <PageLoader />;
  if (me) return <Navigate to={paths.home} replace />;
  return children;
}
