import { Alert, Button, Card, Chip, Group, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { describeGraphqlError } from '../app/describe-graphql-error';
import type { DayPart } from '../gql/graphql';
import { joinWaitlistMutation, leaveWaitlistMutation, myWaitlistQuery } from './waitlist.operations';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const DAY_PARTS: { value: DayPart; label: string }[] = [
  { value: 'MORNING', label: 'Mornings' },
  { value: 'AFTERNOON', label: 'Afternoons' },
  { value: 'EVENING', label: 'Evenings' },
];

/**
 * "Join the waitlist" on a therapist's page (clients): the days and parts of
 * the day they can come. When a time that fits opens, Rapport holds it for them and e-mails.
 */
export function WaitlistButton({ therapistId }: { therapistId: string }) {
  const [{ data }, refetch] = useQuery({ query: myWaitlistQuery, requestPolicy: 'cache-and-network' });
  const [joining, join] = useMutation(joinWaitlistMutation);
  const [leaving, leave] = useMutation(leaveWaitlistMutation);
  const [open, setOpen] = useState(false);
  const [weekdays, setWeekdays] = useState<string[]>([]);
  const [dayParts, setDayParts] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const headingId = useId();
  const entry = data?.myWaitlist.find((item) => item.therapistId === therapistId);

  if (entry) {
    return (
      <Card withBorder component="section" aria-labelledby={headingId}>
        <Stack gap="xs">
          <Title order={2} size="h4" id={headingId}>
            You are on the waitlist
          </Title>
          <Text size="sm">
            {entry.offeredBookingId ? 'A time is held for you now: confirm it from My bookings before it lapses.' : 'When a time that suits you opens, we hold it for you and send an e-mail.'}
          </Text>
          {error && <Alert color="red">{error}</Alert>}
          <Group>
            <Button
              variant="default"
              loading={leaving.fetching}
              onClick={async () => {
                const response = await leave({ id: entry.id });
                if (response.error) return setError(describeGraphqlError(response.error).message);
                refetch({ requestPolicy: 'network-only' });
              }}
            >
              Leave the waitlist
            </Button>
          </Group>
        </Stack>
      </Card>
    );
  }

  if (!open) {
    return (
      <Group>
        <Button variant="light" onClick={() => setOpen(true)}>
          No time that suits you? Join the waitlist
        </Button>
      </Group>
    );
  }

  return (
    <Card withBorder component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={headingId}>
          Join the waitlist
        </Title>
        <Text size="sm">Choose when you can come; leave both empty for any time. Times are in your time zone.</Text>
        <Stack gap={4} role="group" aria-label="Days you can come">
          <Text size="sm" fw={600}>
            Days
          </Text>
          <Chip.Group multiple value={weekdays} onChange={setWeekdays}>
            <Group gap={6}>
              {WEEKDAYS.map((label, index) => (
                <Chip key={label} value={String(index + 1)} size="sm">
                  {label}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </Stack>
        <Stack gap={4} role="group" aria-label="Times of day you can come">
          <Text size="sm" fw={600}>
            Times of day
          </Text>
          <Chip.Group multiple value={dayParts} onChange={setDayParts}>
            <Group gap={6}>
              {DAY_PARTS.map((part) => (
                <Chip key={part.value} value={part.value} size="sm">
                  {part.label}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </Stack>
        {error && <Alert color="red">{error}</Alert>}
        <Group>
          <Button
            loading={joining.fetching}
            onClick={async () => {
              const response = await join({ input: { therapistId, weekdays: weekdays.map(Number), dayParts: dayParts as DayPart[] } });
              if (response.error) return setError(describeGraphqlError(response.error).message);
              setError(null);
              refetch({ requestPolicy: 'network-only' });
            }}
          >
            Join the waitlist
          </Button>
          <Button variant="subtle" onClick={() => setOpen(false)}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
