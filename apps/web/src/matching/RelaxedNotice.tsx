import { Alert, Button, Text } from '@mantine/core';
import type { SearchFilter } from '../gql/graphql';

const RELAXED_WORDS: Record<SearchFilter, string> = {
  FORMAT: 'session format',
  DISTANCE: 'distance to the office',
  LANGUAGE: 'language',
  AGE_GROUP: 'age group',
  BUDGET: 'budget',
  SLIDING_SCALE: 'sliding scale',
  INSURANCE: 'insurance',
  ACCEPTING_NEW_CLIENTS: 'accepting new clients',
  CONCERNS: 'what you are looking for help with',
  MODALITIES: 'approach',
  GENDER: 'therapist gender',
  COMMUNITIES: 'communities',
  TEXT: 'search words',
};

/** Says which of the client's own answers this search is setting aside, with the way back. */
export function RelaxedNotice({ relaxed, onRestore }: { relaxed: readonly SearchFilter[]; onRestore(): void }) {
  if (relaxed.length === 0) return null;
  return (
    <Alert color="yellow" variant="light" title="Some of your answers are set aside" role="note" styles={{ title: { color: 'var(--mantine-color-dark-8)' }, message: { color: 'var(--mantine-color-dark-8)' } }} data-relaxed-notice>
      <Text size="sm">{`These results leave out your ${relaxed.map((filter) => RELAXED_WORDS[filter]).join(', ')}, so some may not fit it.`}</Text>
      <Button variant="default" size="xs" mt="xs" onClick={onRestore}>
        Use all my answers again
      </Button>
    </Alert>
  );
}
