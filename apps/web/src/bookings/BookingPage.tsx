import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { describeGraphqlError } from '../app/describe-graphql-error';
import { paths } from '../app/paths';
import { browserTimeZone } from '../auth/time-zones';
import { useMe } from '../auth/use-me';
import { ErrorAlert } from '../layout/ErrorAlert';
import { PageLoader } from '../layout/PageLoader';
import { usePageTitle } from '../layout/use-page-title';
import { BookingDetails } from './BookingDetails';
import { bookingQuery } from './bookings.operations';
import { CalendarLink } from './CalendarLink';

/** `/bookings/:id`: one booking; right after booking, the confirmation. */
export function BookingPage() {
  const { id = '' } = useParams();
  const [searchParams] = useSearchParams();
  const { me } = useMe();
  const [{ data, fetching, error }] = useQuery({ query: bookingQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const booking = data?.booking;
  const justBooked = searchParams.get('booked') === '1' && booking?.status === 'CONFIRMED';
  const title = justBooked ? 'Your session is booked' : 'Booking';
  usePageTitle(title);

  if (!booking && fetching) return <PageLoader label="Loading booking" />;
  if (!booking) return <ErrorAlert title="We couldn't load this booking" message={error ? describeGraphqlError(error).message : 'That booking does not exist.'} />;

  const audience = me?.role === 'THERAPIST' ? 'THERAPIST' : 'CLIENT';
  return (
    <Stack gap="lg" maw={640}>
      <Title order={1}>{title}</Title>
      {justBooked && <Text>We’ve saved it in your bookings. Cancelling or moving it follows the policy below.</Text>}
      <Paper withBorder p="md" radius="md">
        <BookingDetails booking={booking} audience={audience} timeZone={browserTimeZone()} />
      </Paper>
      <Text size="sm">{booking.policyText}</Text>
      {booking.status === 'CONFIRMED' && (
        <Text>
          <CalendarLink bookingId={booking.id} />
        </Text>
      )}
      {audience === 'CLIENT' && (
        <Text>
          <Anchor component={Link} to={paths.myBookings}>
            All my bookings
          </Anchor>
        </Text>
      )}
    </Stack>
  );
}
