import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useMutation } from 'urql';
import { describeGraphqlError } from '../app/describe-graphql-error';
import type { MyAvailabilityFieldsFragment } from '../gql/graphql';
import { ErrorAlert } from '../layout/ErrorAlert';
import { StatusMessage, feedback, type Feedback } from '../layout/StatusMessage';
import { refreshCalendarMutation, removeCalendarMutation } from './availability.operations';
import { CalendarFeedForm } from './CalendarFeedForm';
import { CalendarItem } from './CalendarItem';
import { UploadCalendarForm } from './UploadCalendarForm';

type Calendars = MyAvailabilityFieldsFragment['calendars'];

/** Other calendars whose events block bookable time: uploaded .ics files and subscribed feeds. */
export function CalendarsSection({ calendars }: { calendars: Calendars }) {
  const [message, setMessage] = useState<Feedback | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<{ id: string; action: 'refreshing' | 'removing' } | null>(null);
  const [, refreshCalendar] = useMutation(refreshCalendarMutation);
  const [, removeCalendar] = useMutation(removeCalendarMutation);
  const done = (text: string) => setMessage(feedback('Calendars updated', text));

  async function remove(calendar: Calendars[number]) {
    setError(null);
    setMessage(null);
    setBusy({ id: calendar.id, action: 'removing' });
    const result = await removeCalendar({ id: calendar.id });
    setBusy(null);
    if (result.error) setError(describeGraphqlError(result.error).message);
    else done(`${calendar.name} was removed; its events no longer block your time.`);
  }

  async function refresh(calendar: Calendars[number]) {
    setError(null);
    setMessage(null);
    setBusy({ id: calendar.id, action: 'refreshing' });
    const result = await refreshCalendar({ id: calendar.id });
    setBusy(null);
    if (result.error) {
      setError(describeGraphqlError(result.error).message);
      return;
    }
    const refreshed = result.data?.refreshCalendar.calendars.find((item) => item.id === calendar.id);
    // A failed read is an error, never a green "updated": the calendar keeps its last busy times.
    if (refreshed?.lastError) setError(`${calendar.name} was not refreshed. ${refreshed.lastError}`);
    else done(`${calendar.name} is up to date.`);
  }

  return (
    <Stack gap="md">
      <StatusMessage feedback={message} onClose={() => setMessage(null)} />
      <ErrorAlert title="That didn't work" message={error} />
      {calendars.length === 0 ? (
        <Text c="dimmed">No calendars connected. Add one so personal events keep clients from booking those times.</Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {calendars.map((calendar) => (
            <CalendarItem
              key={calendar.id}
              calendar={calendar}
              busy={busy?.id === calendar.id ? busy.action : null}
              onRefresh={() => refresh(calendar)}
              onRemove={() => remove(calendar)}
            />
          ))}
        </Stack>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <Stack gap="xs">
          <Title order={3} size="h4" id="upload-calendar-heading">
            Upload a file
          </Title>
          <UploadCalendarForm onDone={done} />
        </Stack>
        <Stack gap="xs">
          <Title order={3} size="h4" id="calendar-feed-heading">
            Subscribe to a feed
          </Title>
          <CalendarFeedForm onDone={done} />
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}
