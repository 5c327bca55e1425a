import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { describeGraphqlError } from '../app/describe-graphql-error';
import { paths } from '../app/paths';
import { browserTimeZone } from '../auth/time-zones';
import type { BookingFieldsFragment } from '../gql/graphql';
import { ErrorAlert } from '../layout/ErrorAlert';
import { PageLoader } from '../layout/PageLoader';
import { feedback, StatusMessage, type Feedback } from '../layout/StatusMessage';
import { usePageTitle } from '../layout/use-page-title';
import { SessionRatingCard } from '../alliance/SessionRatingCard';
import { ClientBookingCard } from './BookingCard';
import { myPastBookingsQuery, myUpcomingBookingsQuery } from './bookings.operations';

/** `/bookings`: the client's upcoming and past sessions. */
export function MyBookingsPage() {
  usePageTitle('My bookings');
  const [upcomingResult, refetchUpcoming] = useQuery({ query: myUpcomingBookingsQuery, requestPolicy: 'cache-and-network' });
  const [pastResult, refetchPast] = useQuery({ query: myPastBookingsQuery, requestPolicy: 'cache-and-network' });
  const [notice, setNotice] = useState<Feedback | null>(null);
  const timeZone = browserTimeZone();
  const upcoming = upcomingResult.data?.myBookings.upcoming;
  const past = pastResult.data?.myBookings.past;
  const bookings = upcoming && past ? { upcoming, past } : undefined;
  const error = upcomingResult.error ?? pastResult.error;
  const fetching = upcomingResult.fetching || pastResult.fetching;

  function changed(message: string) {
    setNotice(feedback('Done', message));
    refetchUpcoming({ requestPolicy: 'network-only' });
    refetchPast({ requestPolicy: 'network-only' });
  }

  return (
    <Stack gap="lg">
      <Title order={1}>My bookings</Title>
      <StatusMessage feedback={notice} onClose={() => setNotice(null)} />
      <SessionRatingCard timeZone={timeZone} />
      {error && !bookings && <ErrorAlert title="We couldn't load your bookings" message={describeGraphqlError(error).message} />}
      {!bookings && fetching && <PageLoader label="Loading bookings" />}
      {bookings && (
        <>
          <BookingList title="Upcoming" bookings={bookings.upcoming} timeZone={timeZone} onChanged={changed}>
            <Text>
              Nothing booked yet.{' '}
              <Anchor component={Link} to={paths.directory}>
                Find a therapist
              </Anchor>
            </Text>
          </BookingList>
          <BookingList title="Past" bookings={bookings.past} timeZone={timeZone} onChanged={changed}>
            <Text>No past sessions.</Text>
          </BookingList>
        </>
      )}
    </Stack>
  );
}

interface BookingListProps {
  title: string;
  bookings: readonly BookingFieldsFragment[];
  timeZone: string;
  onChanged(message: string): void;
  /** Shown when the list is empty. */
  children: ReactNode;
}

function BookingList({ title, bookings, timeZone, onChanged, children }: BookingListProps) {
  const headingId = `bookings-${title.toLowerCase()}`;
  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId}>
        {title}
      </Title>
      {bookings.length === 0 ? (
        children
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {bookings.map((booking) => (
            <ClientBookingCard key={booking.id} booking={booking} timeZone={timeZone} onChanged={onChanged} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
