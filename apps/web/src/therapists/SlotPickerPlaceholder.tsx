import { Paper, Text, Title } from '@mantine/core';
import { useId } from 'react';

/**
 * SLOT PICKER GOES HERE. The booking issue replaces this placeholder with the
 * therapist's open times (availableSlots) and the hold-and-pay flow.
 */
export function SlotPickerPlaceholder({ therapistName }: { therapistName: string }) {
  const headingId = useId();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={headingId} data-slot-picker-placeholder>
      <Title order={2} size="h4" id={headingId}>
        Book a session
      </Title>
      <Text mt={4}>Online booking with {therapistName} is coming soon.</Text>
    </Paper>
  );
}
