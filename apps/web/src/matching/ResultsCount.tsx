import { Stack, Text } from '@mantine/core';

interface ResultsCountProps {
  total: number | null;
  /** More matched than can be shown (`totalIsCapped`): `total` is how many can be. */
  capped?: boolean;
  fetching: boolean;
  /** "fit" on matches, "found" in the directory. */
  verb?: 'fit' | 'found';
}

/**
 * "12 therapists fit", announced politely when filters change the count. When more matched than
 * the results can hold, says so ("More than 400 therapists found") and how to get closer fits,
 * rather than a count that reads as everyone.
 */
export function ResultsCount({ total, capped = false, fetching, verb = 'fit' }: ResultsCountProps) {
  const text =
    total === null
      ? fetching
        ? 'Searching…'
        : ''
      : capped
        ? `More than ${total} therapists ${verb}`
        : `${total} ${total === 1 ? 'therapist' : 'therapists'} ${verb === 'fit' && total === 1 ? 'fits' : verb}`;
  return (
    <Stack gap={2}>
      <Text role="status" fw={600} aria-busy={fetching}>
        {text}
      </Text>
      {capped && total !== null && (
        <Text size="sm" c="dimmed">
          We list {total} of them. Add a concern, a format or a price to see the closest fits.
        </Text>
      )}
    </Stack>
  );
}
