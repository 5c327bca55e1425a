import { Anchor, Button, List, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '../app/paths';
import type { SearchFilter } from '../gql/graphql';
import { RelaxSuggestions, type FilterRelaxation } from './RelaxSuggestions';

interface DirectoryEmptyProps {
  hasText: boolean;
  filtered: boolean;
  onClear(): void;
  relaxations: readonly FilterRelaxation[];
  onRelax(filter: SearchFilter): void;
}

/** Nobody matched the search: ways to widen it. */
export function DirectoryEmpty({ hasText, filtered, onClear, relaxations, onRelax }: DirectoryEmptyProps) {
  return (
    <Paper withBorder p="lg" radius="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          No therapists match that search
        </Title>
        <RelaxSuggestions relaxations={relaxations} onRelax={onRelax} />
        <List spacing={4}>
          {hasText && <List.Item>Try fewer or different words, like “anxiety” instead of a long sentence.</List.Item>}
          {filtered && <List.Item>Turn off a filter or two, especially price and format.</List.Item>}
          <List.Item>Check the state: it should be where you’ll be during sessions.</List.Item>
        </List>
        {(hasText || filtered) && (
          <Button variant="default" onClick={onClear} style={{ alignSelf: 'flex-start' }}>
            Clear search and filters
          </Button>
        )}
        <Text>
          Not sure what to search for?{' '}
          <Anchor component={Link} to={paths.intake}>
            Answer a few questions and we’ll match you
          </Anchor>
          .
        </Text>
      </Stack>
    </Paper>
  );
}
