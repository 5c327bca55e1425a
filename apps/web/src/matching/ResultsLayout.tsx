import { Grid, Stack } from '@mantine/core';
import type { ReactNode } from 'react';

/** Results beside their filters on wide screens; stacked (filters first, tucked away) on phones. */
export function ResultsLayout({ filters, children }: { filters: ReactNode; children: ReactNode }) {
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 4 }}>{filters}</Grid.Col>
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Stack gap="md">{children}</Stack>
      </Grid.Col>
    </Grid>
  );
}
