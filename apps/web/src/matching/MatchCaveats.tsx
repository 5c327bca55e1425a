import { List, Stack, ThemeIcon, Title, type TitleOrder } from '@mantine/core';

interface MatchCaveatsProps {
  caveats: readonly { code: string; text: string }[];
  headingOrder: TitleOrder;
}

/** What the client asked for that this therapist does not offer, said plainly rather than hidden. */
export function MatchCaveats({ caveats, headingOrder }: MatchCaveatsProps) {
  if (caveats.length === 0) return null;
  return (
    <Stack gap={4} data-match-caveats>
      <Title order={headingOrder} size="h6">
        Worth knowing
      </Title>
      <List
        size="sm"
        spacing={4}
        icon={
          <ThemeIcon size={18} radius="xl" variant="light" color="gray" c="dark.7" aria-hidden>
            !
          </ThemeIcon>
        }
      >
        {caveats.map((caveat) => (
          <List.Item key={`${caveat.code}:${caveat.text}`}>{caveat.text}</List.Item>
        ))}
      </List>
    </Stack>
  );
}
