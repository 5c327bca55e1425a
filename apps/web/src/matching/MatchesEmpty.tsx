import { Anchor, Button, List, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '../app/paths';
import { intakeStepPath } from '../intake/intake-step-link';
import type { SearchFilter } from '../gql/graphql';
import { RelaxSuggestions, type FilterRelaxation } from './RelaxSuggestions';

/** No one fits every answer: what usually helps, and a way to try it. */
interface MatchesEmptyProps {
  filtered: boolean;
  onClearFilters(): void;
  /** From the API: each filter whose removal alone would show someone. */
  relaxations: readonly FilterRelaxation[];
  onRelax(filter: SearchFilter): void;
}

export function MatchesEmpty({ filtered, onClearFilters, relaxations, onRelax }: MatchesEmptyProps) {
  return (
    <Paper withBorder p="lg" radius="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          No therapists fit all of that yet
        </Title>
        <Text>That happens, and it’s not a dead end. A small change often opens things up:</Text>
        <RelaxSuggestions relaxations={relaxations} onRelax={onRelax} />
        <List spacing={4}>
          {filtered && <List.Item>Clear the filters you added on this page.</List.Item>}
          <List.Item>
            <Anchor component={Link} to={intakeStepPath('cost')}>
              Raise your budget a little, or choose a sliding scale instead.
            </Anchor>
          </List.Item>
          <List.Item>
            <Anchor component={Link} to={intakeStepPath('place')}>
              Choose “Any way is fine” for format
            </Anchor>
            : video opens up every therapist licensed in your state. Or travel a bit further for in-person sessions.
          </List.Item>
          <List.Item>
            Leave{' '}
            <Anchor component={Link} to={intakeStepPath('therapist')}>
              language or gender
            </Anchor>{' '}
            or{' '}
            <Anchor component={Link} to={intakeStepPath('schedule')}>
              time-of-day
            </Anchor>{' '}
            preferences open.
          </List.Item>
        </List>
        <Stack gap="xs" align="flex-start">
          {filtered && (
            <Button variant="default" onClick={onClearFilters}>
              Clear filters
            </Button>
          )}
          <Anchor component={Link} to={paths.intake}>
            Go through all your answers
          </Anchor>
          <Anchor component={Link} to={paths.directory}>
            Browse every therapist in the directory
          </Anchor>
        </Stack>
      </Stack>
    </Paper>
  );
}
