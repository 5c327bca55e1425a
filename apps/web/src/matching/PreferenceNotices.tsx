import { Alert, Stack, Text } from '@mantine/core';

/** "You asked for a woman: no woman therapist in New York fits your other choices, so these are the closest." */
export function PreferenceNotices({ notices }: { notices: readonly { code: string; text: string }[] }) {
  if (notices.length === 0) return null;
  return (
    <Alert color="blue" variant="light" title="Closest matches" role="note" styles={{ title: { color: 'var(--mantine-color-dark-8)' }, message: { color: 'var(--mantine-color-dark-8)' } }} data-preference-notices>
      <Stack gap={4}>
        {notices.map((notice) => (
          <Text key={notice.code} size="sm">
            {notice.text}
          </Text>
        ))}
      </Stack>
    </Alert>
  );
}
