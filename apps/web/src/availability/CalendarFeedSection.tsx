import { Alert, Button, Code, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { describeGraphqlError } from '../app/describe-graphql-error';
import { myCalendarFeedQuery, rotateCalendarFeedTokenMutation } from './calendar-feed.operations';

/** The therapist's private feed of bookings for their calendar app, and making a new link (the old one stops working). */
export function CalendarFeedSection() {
  const [{ data }, refetch] = useQuery({ query: myCalendarFeedQuery, requestPolicy: 'cache-and-network' });
  const [{ fetching }, rotate] = useMutation(rotateCalendarFeedTokenMutation);
  const [error, setError] = useState<string | null>(null);
  const url = data?.myAvailability.settings.calendarFeedUrl ?? null;

  return (
    <Stack gap="sm">
      {url ? (
        <>
          <Text size="sm">Subscribe to this address in your calendar app. Keep it private: anyone with it sees when your sessions are (never who the clients are).</Text>
          <Code block style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
            {url}
          </Code>
        </>
      ) : (
        <Text size="sm">Make a private link to see your Rapport bookings in Google Calendar, Outlook or Apple Calendar.</Text>
      )}
      {error && <Alert color="red">{error}</Alert>}
      <Group>
        <Button
          variant={url ? 'default' : 'filled'}
          loading={fetching}
          onClick={async () => {
            const response = await rotate({});
            if (response.error) return setError(describeGraphqlError(response.error).message);
            setError(null);
            refetch({ requestPolicy: 'network-only' });
          }}
        >
          {url ? 'Make a new link (the old one stops working)' : 'Make my calendar link'}
        </Button>
      </Group>
    </Stack>
  );
}
