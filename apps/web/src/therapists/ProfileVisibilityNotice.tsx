import { Alert } from '@mantine/core';
import type { ProfileStatus } from '../gql/graphql';

/** For the owner and admins, who can see a profile the public cannot. */
export function ProfileVisibilityNotice({ status }: { status: ProfileStatus }) {
  if (status === 'ACTIVE') return null;
  const what = status === 'SUSPENDED' ? 'suspended' : status === 'PENDING_REVIEW' ? 'waiting for license review' : 'a draft';
  return (
    <Alert color="yellow" variant="light" title="Not public" role="note" styles={{ message: { color: 'var(--mantine-color-dark-8)' } }}>
      This profile is {what}, so clients can't see it. You can see it because it's yours or you're an admin.
    </Alert>
  );
}
