import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '../app/paths';
import { LogInForm } from '../auth/LogInForm';
import { usePageTitle } from '../layout/use-page-title';
import { AuthCard } from './AuthCard';

export function LogInPage() {
  usePageTitle('Log in');
  return (
    <AuthCard title="Welcome back">
      <LogInForm />
      <Text mt="md" size="sm">
        <Anchor component={Link} to={paths.forgotPassword}>
          Forgot your password?
        </Anchor>
      </Text>
      <Text mt="xs" size="sm">
        New to Rapport?{' '}
        <Anchor component={Link} to={paths.signUp}>
          Create an account
        </Anchor>
      </Text>
    </AuthCard>
  );
}
