import { Anchor, List, Paper, Stack, Text, Title, type TitleOrder } from '@mantine/core';
import { CRISIS_RESOURCES, type CrisisResource } from '@rapport/domain/screeners';
import { useId, type ReactNode } from 'react';

interface CrisisPanelProps {
  /**
   * The server's list when there is one. Otherwise the US lines the API itself sends, for
   * moments before it has answered (e.g. as soon as PHQ-9 item 9 is answered above "Not at all").
   */
  resources?: readonly CrisisResource[];
  headingLevel?: TitleOrder;
  /** What comes after the links, e.g. that the matches are just below. */
  footer?: ReactNode;
}

/**
 * Crisis lines, shown when someone tells us they have had thoughts of being better off
 * dead or of hurting themselves (PHQ-9 item 9). An alert, so it is announced as it
 * appears, but never a wall: the page around it stays usable and the person can carry on.
 */
export function CrisisPanel({ resources = CRISIS_RESOURCES, headingLevel = 2, footer }: CrisisPanelProps) {
  const headingId = useId();
  const links = resources.length > 0 ? resources : CRISIS_RESOURCES;
  return (
    <Paper
      role="alert"
      aria-labelledby={headingId}
      withBorder
      p="md"
      radius="md"
      bg="orange.0"
      style={{ borderColor: 'var(--mantine-color-orange-7)', borderLeftWidth: 6 }}
      data-crisis-panel
    >
      <Stack gap="sm">
        <Title order={headingLevel} size="h3" id={headingId}>
          You don't have to carry this alone
        </Title>
        <Text>
          You told us you've had thoughts of being better off dead or of hurting yourself. If you might act on
          them, or just need someone to talk to right now, trained people are there for you, free, any time of
          day or night.
        </Text>
        <List spacing="xs" listStyleType="none" ml={0} pl={0}>
          {links.map((resource) => (
            <List.Item key={resource.href}>
              <Anchor href={resource.href} fw={700} c="rapportTeal.8" td="underline">
                {resource.action}
              </Anchor>
              <Text span c="dark.7">
                {' '}
                · {resource.name}
              </Text>
            </List.Item>
          ))}
        </List>
        {footer ?? <Text size="sm">You can keep going whenever you're ready.</Text>}
      </Stack>
    </Paper>
  );
}
