import { Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useQuery } from 'urql';
import { describeGraphqlError } from '../app/describe-graphql-error';
import { ErrorAlert } from '../layout/ErrorAlert';
import { PageLoader } from '../layout/PageLoader';
import { StatusMessage, feedback, type Feedback } from '../layout/StatusMessage';
import { usePageTitle } from '../layout/use-page-title';
import { useTaxonomy } from '../taxonomy/use-taxonomy';
import { MY_PROFILE_CONTEXT, myTherapistProfileQuery } from '../therapist-profile/therapist-profile.operations';
import { ProfileStatusNotice } from '../therapist-profile/ProfileStatusNotice';
import { SaveProfileFirstAlert } from '../therapist-profile/SaveProfileFirstAlert';
import { LicenseList } from './LicenseList';
import { myLicensesQuery } from './licenses.operations';
import { SubmitLicenseForm } from './SubmitLicenseForm';

// An empty list holds no License for urql to invalidate on.
const LICENSES_CONTEXT = { additionalTypenames: ['License'] };

/** `/therapist/licenses`: submit a license and follow each one's review. */
export function LicensesPage() {
  usePageTitle('Licenses');
  const { taxonomy, error: taxonomyError } = useTaxonomy();
  const [profileResult] = useQuery({ query: myTherapistProfileQuery, requestPolicy: 'cache-and-network', context: MY_PROFILE_CONTEXT });
  const [licensesResult] = useQuery({ query: myLicensesQuery, requestPolicy: 'cache-and-network', context: LICENSES_CONTEXT });
  const [message, setMessage] = useState<Feedback | null>(null);
  const error = profileResult.error ?? licensesResult.error ?? taxonomyError;

  if (error && (!profileResult.data || !licensesResult.data || !taxonomy)) {
    return <ErrorAlert title="We couldn't load your licenses" message={describeGraphqlError(error).message} />;
  }
  if (!profileResult.data || !licensesResult.data || !taxonomy) return <PageLoader label="Loading your licenses" />;
  const profile = profileResult.data.myTherapistProfile;

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>Your licenses</Title>
        <Text>Clients can book you once an admin verifies a current license. You can hold licenses in several states.</Text>
      </Stack>
      <ProfileStatusNotice status={profile?.status ?? null} suspensionReason={profile?.suspensionReason} />
      <StatusMessage feedback={message} onClose={() => setMessage(null)} />
      <Stack component="section" aria-labelledby="add-license" gap="sm">
        <Title order={2} size="h3" id="add-license">
          Add a license
        </Title>
        {profile ? (
          <SubmitLicenseForm
            taxonomy={taxonomy}
            onSubmitted={(summary) =>
              setMessage(feedback('License submitted', `We received your ${summary}. An admin will review it; its status shows below.`))
            }
          />
        ) : (
          <SaveProfileFirstAlert reason="A license belongs to a profile." then="add your license" />
        )}
      </Stack>
      <Stack component="section" aria-labelledby="submitted-licenses" gap="sm">
        <Title order={2} size="h3" id="submitted-licenses">
          Submitted licenses
        </Title>
        <LicenseList licenses={licensesResult.data.myLicenses} />
      </Stack>
    </Stack>
  );
}
