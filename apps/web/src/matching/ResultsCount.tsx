import { Text } from '@mantine/core';

interface ResultsCountProps {
  total: number | null;
  fetching: boolean;
  /** "fit" on matches, "found" in the directory. */
  verb?: 'fit' | 'found';
}

/** "12 therapists fit", announced politely when filters change the count. */
export function ResultsCount({ total, fetching, verb = 'fit' }: ResultsCountProps) {
  const text =
    total === null
      ? fetching
        ? 'Searching…'
        : ''
      : `${total} ${total === 1 ? 'therapist' : 'therapists'} ${verb === 'fit' && total === 1 ? 'fits' : verb}`;
  return (
    <Text role="status" fw={600} aria-busy={fetching}>
      {text}
    </Text>
  );
}
