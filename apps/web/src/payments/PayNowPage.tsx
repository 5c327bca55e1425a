import { Alert, Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { describeGraphqlError } from '../app/describe-graphql-error';
import { paths } from '../app/paths';
import { bookingQuery } from '../bookings/bookings.operations';
import { priceLabel } from '../bookings/booking-labels';
import { formatInstant } from '../format/dates';
import { ErrorAlert } from '../layout/ErrorAlert';
import { PageLoader } from '../layout/PageLoader';
import { usePageTitle } from '../layout/use-page-title';
import { payBookingNowMutation } from './payments.operations';

const READABLE = { title: { color: 'var(--mantine-color-dark-8)' }, message: { color: 'var(--mantine-color-dark-8)' } };

/**
 * `/bookings/:id/pay`: a far session whose saved card could not be charged
 * (PAYMENT_DUE). Linked from the e-mail and from My bookings; paying opens a
 * fresh Stripe Checkout (the emulator locally) and returns to `/payment/:id`.
 */
export function PayNowPage() {
  usePageTitle('Pay for your session');
  const { id = '' } = useParams();
  const [{ data, error, fetching }] = useQuery({ query: bookingQuery, variables: { id } });
  const [paying, payNow] = useMutation(payBookingNowMutation);

  if (error) return <ErrorAlert title="We couldn't load this booking" message={describeGraphqlError(error).message} />;
  if (fetching || !data) return <PageLoader label="Loading your booking" />;
  const booking = data.booking;
  const due = booking.status === 'CONFIRMED' && booking.paymentStatus === 'PAYMENT_DUE';

  async function pay() {
    const result = await payNow({ bookingId: id });
    const url = result.data?.payBookingNow.checkoutUrl;
    if (url) window.location.assign(url);
  }

  return (
    <Stack gap="md" maw={560}>
      <Title order={1}>Pay for your session</Title>
      {due ? (
        <>
          <Alert color="yellow" variant="light" styles={READABLE} title="Your saved card could not be charged">
            Your {booking.sessionType.name} session with {booking.therapist.displayName} on {formatInstant(booking.startsAt)} is still booked. Pay {priceLabel(booking.priceMinor)} to keep it:
            unpaid by the deadline in our e-mail, the session is cancelled and the time offered to someone else.
          </Alert>
          <ErrorAlert title="The payment page did not open" message={paying.error ? describeGraphqlError(paying.error).message : null} />
          <Button onClick={pay} loading={paying.fetching} style={{ alignSelf: 'flex-start' }}>
            Pay {priceLabel(booking.priceMinor)} now
          </Button>
          <Text size="sm">You pay on Stripe&apos;s secure page; your card details never reach Rapport. The card is kept for this booking&apos;s fees under the therapist&apos;s policy.</Text>
        </>
      ) : (
        <Alert color="green" variant="light" styles={READABLE} title="Nothing to pay now">
          {booking.paymentStatus === 'PAID' ? 'This session is paid.' : 'This booking has no payment due.'}
        </Alert>
      )}
      <Text>
        <Anchor component={Link} to={paths.myBookings}>
          Back to my bookings
        </Anchor>
      </Text>
    </Stack>
  );
}
