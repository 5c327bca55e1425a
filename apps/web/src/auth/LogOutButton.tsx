import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from 'urql';
import { describeGraphqlError } from '../app/describe-graphql-error';
import { logOutMutation } from './auth.operations';
import { useSessionChanged } from './use-session-changed';

export function LogOutButton() {
  const [{ fetching }, logOut] = useMutation(logOutMutation);
  const sessionChanged = useSessionChanged();

  async function handleClick() {
    const result = await logOut({});
    const code = result.error?.graphQLErrors[0]?.extensions?.code;
    // An already-expired session is as good as logged out.
    if (!result.error || code === 'UNAUTHENTICATED') {
      sessionChanged();
      return;
    }
    notifications.show({
      color: 'red',
      title: "We couldn't log you out",
      message: describeGraphqlError(result.error).message,
    });
  }

  return (
    <Button variant="default" size="sm" onClick={handleClick} loading={fetching}>
      Log out
    </Button>
  );
}
