import { Stack } from '@mantine/core';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { describeGraphqlError } from '../app/describe-graphql-error';
import { TherapistModerationPanel } from '../admin/TherapistModerationPanel';
import { useMe } from '../auth/use-me';
import { ErrorAlert } from '../layout/ErrorAlert';
import { PageLoader } from '../layout/PageLoader';
import { SlotPicker } from '../availability/SlotPicker';
import { BookingReview } from '../bookings/BookingReview';
import { usePageTitle } from '../layout/use-page-title';
import { useTaxonomy } from '../taxonomy/use-taxonomy';
import { ProfileVisibilityNotice } from './ProfileVisibilityNotice';
import { therapistQuery } from './therapist.operations';
import { TherapistProfileView } from './TherapistProfileView';
import { TherapistUnavailable } from './TherapistUnavailable';
import { WaitlistButton } from '../waitlist/WaitlistButton';

// An id that is not a profile id at all is just another profile that is not there.
const UNAVAILABLE_CODES = new Set(['NOT_FOUND', 'BAD_USER_INPUT']);

/** `/therapists/:id`: a therapist's public page. */
export function TherapistPage() {
  const { id = '' } = useParams();
  const { me } = useMe();
  const { taxonomy } = useTaxonomy();
  const [{ data, fetching, error }] = useQuery({ query: therapistQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const profile = data?.therapist;
  usePageTitle(profile ? profile.displayName : 'Therapist');

  if (!profile && fetching) return <PageLoader label="Loading profile" />;
  if (!profile) {
    const code = error?.graphQLErrors[0]?.extensions?.code;
    if (!error || (typeof code === 'string' && UNAVAILABLE_CODES.has(code))) return <TherapistUnavailable />;
    return <ErrorAlert title="We couldn't load this profile" message={describeGraphqlError(error).message} />;
  }

  return (
    <Stack gap="lg" maw={760}>
      <ProfileVisibilityNotice status={profile.status} />
      <TherapistProfileView
        profile={profile}
        taxonomy={taxonomy}
        headingLevel={1}
        aside={
          <>
            {me?.role === 'ADMIN' && <TherapistModerationPanel profile={profile} />}
            {me?.role === 'CLIENT' && <WaitlistButton therapistId={profile.id} />}
            <SlotPicker
              therapistId={profile.id}
              rememberInUrl
              renderSelection={(selection) => (
                // A new time or type is a new attempt: fresh review, fresh request key.
                <BookingReview
                  key={`${selection.sessionType.id} ${selection.slot.startsAt}`}
                  therapistId={profile.id}
                  officeAddress={profile.office?.address ?? null}
                  selection={selection}
                />
              )}
            />
          </>
        }
      />
    </Stack>
  );
}
