import { Stack, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';

interface ProfileSectionProps {
  title: string;
  order: 2 | 3 | 4;
  children: ReactNode;
}

/** One titled part of a profile page (a landmark-free <section> named by its heading). */
export function ProfileSection({ title, order, children }: ProfileSectionProps) {
  const headingId = useId();
  return (
    <Stack component="section" aria-labelledby={headingId} gap="xs">
      <Title order={order} size="h4" id={headingId}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}
