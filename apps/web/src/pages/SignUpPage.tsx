import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '../app/paths';
import { SignUpForm } from '../auth/SignUpForm';
import { usePageTitle } from '../layout/use-page-title';
import { AuthCard } from './AuthCard';

export function SignUpPage() {
  usePageTitle('Sign up');
  return (
    <AuthCard title="Create your account">
      <SignUpForm />
      <Text mt="lg" size="sm">
        Already have an account?{' '}
        <Anchor component={Link} to={paths.logIn}>
          Log in
        </Anchor>
      </Text>
    </AuthCard>
  );
}
