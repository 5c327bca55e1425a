import { Anchor, Group, Text } from '@mantine/core';
import { useId } from 'react';
import { Link } from 'react-router';
import { intakeStepPath, UPDATE_ANSWER_LINKS } from './intake-step-link';

/** "Update your answers": one link per part of the intake, each opening that step. */
export function UpdateAnswersLinks({ size = 'sm' }: { size?: 'sm' | 'md' }) {
  const labelId = useId();
  return (
    <nav aria-labelledby={labelId}>
      <Text size={size} fw={600} id={labelId}>
        Update your answers
      </Text>
      <Group component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {UPDATE_ANSWER_LINKS.map((link) => (
          <li key={link.step}>
            <Anchor component={Link} to={intakeStepPath(link.step)} size={size}>
              {link.label}
            </Anchor>
          </li>
        ))}
      </Group>
    </nav>
  );
}
