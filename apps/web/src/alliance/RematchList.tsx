import { Anchor, List, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { therapistPath } from '../app/paths';
import { rematchQuery } from './alliance.operations';

const SHOWN = 3;

/** New matches from the client's intake, without the therapists they asked to leave. */
export function RematchList({ timeZone }: { timeZone: string }) {
  const [{ data, fetching, error }] = useQuery({ query: rematchQuery, variables: { input: { timeZone, first: SHOWN } } });
  if (fetching && !data) return <Text size="sm">Finding new matches…</Text>;
  if (error || !data) return null;
  const items = data.rematch.items;
  if (items.length === 0) return <Text size="sm">No other matches right now; try the full directory.</Text>;
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        New matches for you
      </Text>
      <List spacing={2}>
        {items.map((item) => (
          <List.Item key={item.therapist.id}>
            <Anchor component={Link} to={therapistPath(item.therapist.id)}>
              {item.therapist.displayName}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
