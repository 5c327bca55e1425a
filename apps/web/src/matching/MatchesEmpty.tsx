import { Anchor, Button, List, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '../app/paths';
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
          <List.Item>Raise your budget a little, or choose a sliding scale instead.</List.Item>
          <List.Item>Choose “Any way is fine” for format: video opens up every therapist licensed in your state.</List.Item>
          <List.Item>Travel a bit further for in-person sessions.</List.Item>
          <List.Item>Leave language, gender or time-of-day preferences open.</List.Item>
        </List>
        <Stack gap="xs" align="flex-start">
          {filtered && (
            <Button variant="default" onClick={onClearFilters}>
              Clear filters
            </Button>
          )}
          <Anchor component={Link} to={paths.intake}>
            Update your answers
          </Anchor>
          <Anchor component={Link} to={paths.directory}>
            Browse every therapist in the directory
          </Anchor>
        </Stack>
      </Stack>
    </Paper>
  );
}
