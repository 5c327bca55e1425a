import { Stack, Text, Title, Anchor } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { describeGraphqlError } from '../app/describe-graphql-error';
import { paths, therapistPath } from '../app/paths';
import type { TherapistProfileFieldsFragment } from '../gql/graphql';
import { ErrorAlert } from '../layout/ErrorAlert';
import { PageLoader } from '../layout/PageLoader';
import { StatusMessage, feedback, type Feedback } from '../layout/StatusMessage';
import { usePageTitle } from '../layout/use-page-title';
import { useTaxonomy } from '../taxonomy/use-taxonomy';
import { PayoutsSection } from '../payments/PayoutsSection';
import { ProfileEditor } from './ProfileEditor';
import { ProfileStatusNotice } from './ProfileStatusNotice';
import { MY_PROFILE_CONTEXT, myTherapistProfileQuery } from './therapist-profile.operations';

function savedMessage(profile: TherapistProfileFieldsFragment, firstSave: boolean): Feedback {
  if (firstSave) return feedback('Profile saved', 'Next, add your license so an admin can verify it and make your profile public.');
  return feedback('Profile saved', profile.status === 'ACTIVE' ? 'Your changes are live.' : 'Your changes are saved.');
}

/** `/therapist/profile`: the therapist edits their profile and sees the public page as they type. */
export function TherapistProfilePage() {
  usePageTitle('Your profile');
  const { taxonomy, error: taxonomyError } = useTaxonomy();
  const [{ data, error }] = useQuery({ query: myTherapistProfileQuery, requestPolicy: 'cache-and-network', context: MY_PROFILE_CONTEXT });
  const [message, setMessage] = useState<Feedback | null>(null);
  const loadError = error ?? taxonomyError;

  if (loadError && (!data || !taxonomy)) {
    return <ErrorAlert title="We couldn't load your profile" message={describeGraphqlError(loadError).message} />;
  }
  if (!data || !taxonomy) return <PageLoader label="Loading your profile" />;
  const profile = data.myTherapistProfile;

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>Your profile</Title>
        <Text>
          This is what clients read before they book.{' '}
          {profile && (
            <Anchor component={Link} to={therapistPath(profile.id)}>
              Open your public page
            </Anchor>
          )}
        </Text>
      </Stack>
      <ProfileStatusNotice status={profile?.status ?? null} suspensionReason={profile?.suspensionReason} />
      {profile && <PayoutsSection />}
      <StatusMessage feedback={message} onClose={() => setMessage(null)} />
      {message && !profile?.licenses.length && (
        <Text>
          <Anchor component={Link} to={paths.therapistLicenses}>
            Add your license
          </Anchor>
        </Text>
      )}
      <ProfileEditor profile={profile} taxonomy={taxonomy} onSaved={(saved, firstSave) => setMessage(savedMessage(saved, firstSave))} />
    </Stack>
  );
}
