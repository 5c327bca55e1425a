import { Center, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { describeGraphqlError } from '../app/describe-graphql-error';
import { browserTimeZone } from '../auth/time-zones';
import { addDays, dateInZone, startOfWeek } from '../availability/calendar-dates';
import { formatShortDay } from '../format/dates';
import { weekBounds } from '../availability/slot-week';
import { WeekNavigator } from '../availability/WeekNavigator';
import { ErrorAlert } from '../layout/ErrorAlert';
import { feedback, StatusMessage, type Feedback } from '../layout/StatusMessage';
import { usePageTitle } from '../layout/use-page-title';
import { therapistBookingsQuery } from './bookings.operations';
import { TherapistBookingCard } from './TherapistBookingCard';

/** `/therapist/bookings`: the therapist's week (a list of days on phones), with complete, no-show and cancel. */
export function TherapistBookingsPage() {
  usePageTitle('Bookings');
  const timeZone = useMemo(browserTimeZone, []);
  const [weekOffset, setWeekOffset] = useState(0);
  const [notice, setNotice] = useState<Feedback | null>(null);
  const weekStart = addDays(startOfWeek(dateInZone(new Date(), timeZone)), weekOffset * 7);
  const { from, to } = useMemo(() => weekBounds(weekStart, timeZone), [weekStart, timeZone]);
  const [{ data, fetching, error }, refetch] = useQuery({ query: therapistBookingsQuery, variables: { from, to }, requestPolicy: 'cache-and-network' });
  const bookings = data?.therapistBookings;
  const days = useMemo(() => Array.from({ length: 7 }, (_, index) => addDays(weekStart, index)), [weekStart]);
  const nowMs = useNowEvery(30_000);

  function changed(message: string) {
    setNotice(feedback('Done', message));
    refetch({ requestPolicy: 'network-only' });
  }

  return (
    <Stack gap="lg">
      <Title order={1}>Bookings</Title>
      <Text size="sm">Times are in your time zone, {timeZone}.</Text>
      <StatusMessage feedback={notice} onClose={() => setNotice(null)} />
      <WeekNavigator weekStart={weekStart} canGoBack canGoForward onChange={(step) => setWeekOffset((offset) => offset + step)} />
      {error && <ErrorAlert title="We couldn't load your bookings" message={describeGraphqlError(error).message} />}
      {!bookings && fetching && (
        <Center role="status" aria-label="Loading bookings">
          <Loader size="sm" />
        </Center>
      )}
      {bookings && (
        <SimpleGrid cols={{ base: 1, lg: 7 }} spacing="xs">
          {days.map((day) => {
            const todays = bookings.filter((booking) => dateInZone(new Date(booking.startsAt), timeZone) === day);
            const headingId = `day-${day}`;
            return (
              <Stack key={day} gap={6} component="section" aria-labelledby={headingId}>
                <Title order={2} size="h6" id={headingId}>
                  {formatShortDay(day)}
                </Title>
                {todays.length === 0 ? (
                  <Text size="xs" c="dimmed">
                    No sessions
                  </Text>
                ) : (
                  <Stack component="ul" gap={6} p={0} m={0} style={{ listStyle: 'none' }}>
                    {todays.map((booking) => (
                      <TherapistBookingCard key={booking.id} booking={booking} timeZone={timeZone} nowMs={nowMs} onChanged={changed} />
                    ))}
                  </Stack>
                )}
              </Stack>
            );
          })}
        </SimpleGrid>
      )}
    </Stack>
  );
}

/** The current time, refreshed every `intervalMs`, so "Mark complete" turns on at the start without a reload. */
function useNowEvery(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}
