import { Group, Text, ThemeIcon } from '@mantine/core';
import { formatInstantDate } from '../format/dates';

/** A check mark and the word "Verified" (never colour alone), with when. */
export function VerifiedMark({ verifiedAt }: { verifiedAt: string | null }) {
  return (
    <Group gap={6} wrap="nowrap">
      <ThemeIcon size="sm" radius="xl" color="rapportTeal" aria-hidden>
        <svg viewBox="0 0 16 16" width="12" height="12" fill="none" stroke="currentColor" strokeWidth="2.2">
          <path d="M3 8.5l3.2 3L13 5" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </ThemeIcon>
      <Text size="sm" fw={600} c="rapportTeal.8">
        Verified
      </Text>
      {verifiedAt && (
        <Text size="sm" c="dimmed">
          on {formatInstantDate(verifiedAt)}
        </Text>
      )}
    </Group>
  );
}
