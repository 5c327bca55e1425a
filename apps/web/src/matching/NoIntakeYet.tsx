import { Button, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '../app/paths';

/** /matches before the intake: matches come from answers, so start there. */
export function NoIntakeYet() {
  return (
    <Stack gap="sm" maw={560}>
      <Title order={1}>Your matches</Title>
      <Text>
        We match you from a few questions about what you’re going through and what you’re looking for. It takes
        about five minutes.
      </Text>
      <Button component={Link} to={paths.intake} style={{ alignSelf: 'flex-start' }}>
        Answer the questions
      </Button>
    </Stack>
  );
}
