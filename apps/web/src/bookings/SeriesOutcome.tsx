import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '../app/paths';
import { formatCalendarDate, formatSessionTime } from '../format/dates';
import type { BookSeriesMutation } from '../gql/graphql';
import { STATUS_LABEL } from './booking-labels';

interface SeriesOutcomeProps {
  outcome: BookSeriesMutation['bookSeries'];
  timeZone: string;
}

const REASON_TEXT: Record<string, string> = {
  NOT_OPEN: 'that time is taken or outside the therapist’s hours',
  NONEXISTENT_LOCAL_TIME: 'the clocks skip that time that day',
};

/** What a weekly booking took, and for each week it could not, why and the nearest open time. */
export function SeriesOutcome({ outcome, timeZone }: SeriesOutcomeProps) {
  return (
    <Stack gap="sm" role="status">
      <Title order={4} size="h5">
        {outcome.booked.length} {outcome.booked.length === 1 ? 'session' : 'sessions'} booked
      </Title>
      <List spacing={4}>
        {outcome.booked.map((booking) => (
          <List.Item key={booking.id}>
            {formatSessionTime(booking.startsAt, booking.endsAt, timeZone)} · {STATUS_LABEL[booking.status]}
          </List.Item>
        ))}
      </List>
      {outcome.conflicts.length > 0 && (
        <>
          <Title order={4} size="h5">
            Not booked
          </Title>
          <List spacing={4}>
            {outcome.conflicts.map((conflict) => (
              <List.Item key={conflict.index}>
                {formatCalendarDate(conflict.localDate)}: {REASON_TEXT[conflict.reason] ?? 'that time is not open'}.{' '}
                {conflict.alternative
                  ? `Nearest open time: ${formatSessionTime(conflict.alternative.startsAt, conflict.alternative.endsAt, timeZone)}.`
                  : 'No open time nearby.'}
              </List.Item>
            ))}
          </List>
        </>
      )}
      <Text>
        <Anchor component={Link} to={paths.myBookings}>
          See them in My bookings
        </Anchor>
      </Text>
    </Stack>
  );
}
