import type { ReactNode } from 'react';
import type { Role } from '../gql/graphql';
import { PageLoader } from '../layout/PageLoader';
import { NotAllowedPage } from '../pages/NotAllowedPage';
import { SignInRequiredPage } from '../pages/SignInRequiredPage';
import { useMe } from './use-me';

interface RequireRoleProps {
  roles: readonly Role[];
  children: ReactNode;
}

/**
 * Shows a page only to the roles it is for. Everyone else gets a plain explanation
 * instead of a broken page (the API refuses their requests anyway).
 */
export function RequireRole({ roles, children }: RequireRoleProps) {
  const { me, loading } = useMe();
  if (loading) return <PageLoader />;
  if (!me) return <SignInRequiredPage />;
  if (!roles.includes(me.role)) return <NotAllowedPage />;
  return children;
}
