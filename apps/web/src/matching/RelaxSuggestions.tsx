import { Button, Stack, Text } from '@mantine/core';
import type { SearchFilter } from '../gql/graphql';

export interface FilterRelaxation {
  filter: SearchFilter;
  label: string;
  count: number;
}

interface RelaxSuggestionsProps {
  relaxations: readonly FilterRelaxation[];
  onRelax(filter: SearchFilter): void;
}

/** Which filter emptied the results, and one click to set it aside: "Show 3 therapists without “In network with Aetna”". */
export function RelaxSuggestions({ relaxations, onRelax }: RelaxSuggestionsProps) {
  if (relaxations.length === 0) return null;
  return (
    <Stack gap="xs" align="flex-start" data-relax-suggestions>
      <Text fw={600}>What is keeping the list empty:</Text>
      {relaxations.map((relaxation) => (
        <Button
          key={relaxation.filter}
          variant="light"
          onClick={() => onRelax(relaxation.filter)}
          h="auto"
          py={6}
          maw="100%"
          styles={{ label: { whiteSpace: 'normal', textAlign: 'left' }, inner: { whiteSpace: 'normal' } }}
        >
          {`Show ${relaxation.count} ${relaxation.count === 1 ? 'therapist' : 'therapists'} without “${relaxation.label}”`}
        </Button>
      ))}
    </Stack>
  );
}
