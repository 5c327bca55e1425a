import { Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface PageSectionProps {
  id: string;
  title: string;
  description?: ReactNode;
  children: ReactNode;
}

/** A titled part of a long settings page (a landmark screen readers can jump to). */
export function PageSection({ id, title, description, children }: PageSectionProps) {
  return (
    <Stack component="section" aria-labelledby={id} gap="sm">
      <Stack gap={2}>
        <Title order={2} size="h3" id={id}>
          {title}
        </Title>
        {description && <Text c="dimmed">{description}</Text>}
      </Stack>
      {children}
    </Stack>
  );
}
