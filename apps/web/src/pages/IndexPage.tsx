import { describeGraphqlError } from '../app/describe-graphql-error';
import { useMe } from '../auth/use-me';
import { ErrorAlert } from '../layout/ErrorAlert';
import { PageLoader } from '../layout/PageLoader';
import { HomePage } from './HomePage';
import { LandingPage } from './LandingPage';

/** `/`: the landing page when signed out, the home page when signed in. */
export function IndexPage() {
  const { me, loading, error } = useMe();
  if (loading) return <PageLoader />;
  if (me) return <HomePage me={me} />;
  return (
    <>
      {error && (
        <ErrorAlert title="We couldn't check whether you're signed in" message={describeGraphqlError(error).message} />
      )}
      <LandingPage />
    </>
  );
}
