import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface ReviewItemProps {
  title: string;
  /** Says what the button changes, for screen readers ("Change where and how you’ll meet"). */
  changeLabel: string;
  onChange(): void;
  children: ReactNode;
}

/** One answered step on the review page, with a way back to it. */
export function ReviewItem({ title, changeLabel, onChange, children }: ReviewItemProps) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Title order={3} size="h5">
            {title}
          </Title>
          <Text component="div" size="sm">
            {children}
          </Text>
        </Stack>
        <Button variant="subtle" size="sm" onClick={onChange} aria-label={changeLabel}>
          Change
        </Button>
      </Group>
    </Paper>
  );
}
