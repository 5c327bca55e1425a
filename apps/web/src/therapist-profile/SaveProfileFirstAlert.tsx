import { Alert, Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '../app/paths';

interface SaveProfileFirstAlertProps {
  /** Why a profile comes first, e.g. "A license belongs to a profile." */
  reason: string;
  /** What the therapist came to do, e.g. "add your license". */
  then: string;
}

/** For a therapist who has not saved a profile yet, on a page that needs one. */
export function SaveProfileFirstAlert({ reason, then }: SaveProfileFirstAlertProps) {
  return (
    <Alert color="yellow" variant="light" title="Save your profile first" role="note" styles={{ message: { color: 'var(--mantine-color-dark-8)' } }}>
      {reason}{' '}
      <Anchor component={Link} to={paths.therapistProfile}>
        Fill in and save your profile
      </Anchor>
      , then come back to {then}.
    </Alert>
  );
}
