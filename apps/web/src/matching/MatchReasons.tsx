import { List, Stack, ThemeIcon, Title, type TitleOrder } from '@mantine/core';

interface MatchReasonsProps {
  reasons: readonly { code: string; text: string }[];
  headingOrder: TitleOrder;
}

/** "Why this therapist": the ranking's reasons, strongest first, in plain words. */
export function MatchReasons({ reasons, headingOrder }: MatchReasonsProps) {
  if (reasons.length === 0) return null;
  return (
    <Stack gap={4}>
      <Title order={headingOrder} size="h6">
        Why this therapist
      </Title>
      <List
        size="sm"
        spacing={4}
        icon={
          <ThemeIcon size={18} radius="xl" variant="light" aria-hidden>
            ✓
          </ThemeIcon>
        }
      >
        {reasons.map((reason) => (
          <List.Item key={`${reason.code}:${reason.text}`}>{reason.text}</List.Item>
        ))}
      </List>
    </Stack>
  );
}
