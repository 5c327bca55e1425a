import { Anchor, Text } from '@mantine/core';

/** The small, always-there way out for anyone in crisis: one tap calls 988. */
export function CrisisLink() {
  return (
    <Text size="sm">
      In crisis?{' '}
      <Anchor href="tel:988" fw={600} td="underline">
        Call or text 988
      </Anchor>{' '}
      (Suicide &amp; Crisis Lifeline, US), free and open all day, every day.
    </Text>
  );
}
