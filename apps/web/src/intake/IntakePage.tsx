import { useMe } from '../auth/use-me';
import { PageLoader } from '../layout/PageLoader';
import { usePageTitle } from '../layout/use-page-title';
import { NotAllowedPage } from '../pages/NotAllowedPage';
import { ClientIntake } from './ClientIntake';
import { IntakeSignInGate } from './IntakeSignInGate';

/** `/intake`: the questions behind the matches. Signed-out visitors make an account here first. */
export function IntakePage() {
  usePageTitle('Find a therapist who fits');
  const { me, loading } = useMe();
  if (loading) return <PageLoader />;
  if (!me) return <IntakeSignInGate />;
  if (me.role !== 'CLIENT') return <NotAllowedPage />;
  return <ClientIntake key={me.id} userId={me.id} />;
}
