import { Tabs } from '@mantine/core';
import { LogInForm } from './LogInForm';
import { SignUpForm } from './SignUpForm';

/**
 * Create a client account or log in, without leaving the page: the fresh session
 * shows the page as it was (the caller keeps what was chosen, e.g. in the address).
 */
export function SignInTabs({ onSignedIn }: { onSignedIn(): void }) {
  return (
    <Tabs defaultValue="signup" keepMounted={false}>
      <Tabs.List grow mb="md">
        <Tabs.Tab value="signup">Create an account</Tabs.Tab>
        <Tabs.Tab value="login">I have an account</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="signup">
        <SignUpForm role="CLIENT" onSignedIn={onSignedIn} submitLabel="Create account and continue" />
      </Tabs.Panel>
      <Tabs.Panel value="login">
        <LogInForm onSignedIn={onSignedIn} submitLabel="Log in and continue" />
      </Tabs.Panel>
    </Tabs>
  );
}
