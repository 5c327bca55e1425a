import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { describeGraphqlError } from '../app/describe-graphql-error';
import { bookingPath, paths, therapistPath } from '../app/paths';
import { cancelBookingMutation } from '../bookings/bookings.operations';
import { formatInstant } from '../format/dates';
import { formatCents } from '../format/money';
import { ErrorAlert } from '../layout/ErrorAlert';
import { PageLoader } from '../layout/PageLoader';
import { usePageTitle } from '../layout/use-page-title';
import { confirmCheckoutMutation } from './payments.operations';

// Mantine's light alert colours are too pale for text on their background: dark text, as the other notices use.
const READABLE = { title: { color: 'var(--mantine-color-dark-8)' }, message: { color: 'var(--mantine-color-dark-8)' } };

/**
 * `/payment/:id`: where Stripe's checkout returns, paid (`?session_id=…`) or
 * not (`?cancelled=1`, the page's "go back" link). Settles the payment now
 * instead of waiting for the webhook; an unpaid hold can be paid again or released.
 */
export function CheckoutReturnPage() {
  usePageTitle('Your payment');
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const leftCheckout = search.has('cancelled');
  const [{ data, error, fetching }, confirm] = useMutation(confirmCheckoutMutation);
  const [{ fetching: releasing }, cancelBooking] = useMutation(cancelBookingMutation);
  const [releaseError, setReleaseError] = useState<string | null>(null);

  useEffect(() => {
    void confirm({ bookingId: id });
  }, [confirm, id]);

  if (error) return <ErrorAlert title="We couldn't check your payment" message={describeGraphqlError(error).message} />;
  if (fetching || !data) return <PageLoader label="Checking your payment" />;
  const booking = data.confirmCheckout;
  const when = formatInstant(booking.startsAt);
  const profile = therapistPath(booking.therapist.id);

  async function release() {
    setReleaseError(null);
    const result = await cancelBooking({ id: booking.id, reason: null });
    if (result.error) setReleaseError(describeGraphqlError(result.error).message);
    else navigate(`${profile}?released=1`);
  }

  return (
    <Stack gap="md">
      <Title order={1}>Your payment</Title>
      {booking.status === 'CONFIRMED' && booking.paymentStatus === 'CARD_SAVED' && (
        <>
          <Alert color="green" variant="light" styles={READABLE} title="Card saved — your session is confirmed">
            Your session with {booking.therapist.displayName} on {when} is booked. Nothing is charged yet: your saved card is charged a few days before the session. If
            that charge fails we e-mail you a link to pay.
          </Alert>
          <Anchor component={Link} to={bookingPath(booking.id)}>
            See your booking
          </Anchor>
        </>
      )}
      {booking.status === 'CONFIRMED' && booking.paymentStatus !== 'CARD_SAVED' && (
        <>
          <Alert color="green" variant="light" styles={READABLE} title="Payment received — your session is confirmed">
            You paid {formatCents(booking.priceMinor)}. Your session with {booking.therapist.displayName} on {when} is booked. A confirmation is on its way by
            email.
          </Alert>
          <Group gap="md" wrap="wrap">
            <Anchor component={Link} to={bookingPath(booking.id)}>
              See your booking
            </Anchor>
            <Anchor component={Link} to={paths.receipts}>
              Your receipts
            </Anchor>
          </Group>
        </>
      )}
      {booking.status === 'HELD' && (
        <>
          <Alert color="yellow" variant="light" styles={READABLE} title="The payment did not go through">
            <Stack gap={4}>
              <Text inherit>
                {leftCheckout ? 'You left the payment page before paying. ' : ''}Your card was not charged.
                {booking.holdExpiresAt
                  ? ` Your time with ${booking.therapist.displayName} on ${when} is held until ${formatInstant(booking.holdExpiresAt)}: pay before then to book it, with the same card or another one.`
                  : ' Your time is still held: pay to book it.'}
              </Text>
            </Stack>
          </Alert>
          <ErrorAlert title="We couldn't release this time" message={releaseError} />
          <Group gap="sm" wrap="wrap">
            {booking.checkoutUrl && (
              <Button component="a" href={booking.checkoutUrl}>
                Try paying again
              </Button>
            )}
            <Button variant="default" onClick={() => void release()} loading={releasing}>
              Release this time
            </Button>
          </Group>
          <Text>
            <Anchor component={Link} to={profile}>
              Back to {booking.therapist.displayName}'s profile
            </Anchor>{' '}
            (the time stays held for you until then).
          </Text>
        </>
      )}
      {booking.status !== 'CONFIRMED' && booking.status !== 'HELD' && (
        <>
          <Alert color="yellow" variant="light" styles={READABLE} title="This booking is no longer held">
            The time was released before the payment went through. Anything you were charged for it is refunded automatically. Pick a time again if it is still
            open.
          </Alert>
          <Text>
            <Anchor component={Link} to={profile}>
              Back to {booking.therapist.displayName}'s profile
            </Anchor>
          </Text>
        </>
      )}
    </Stack>
  );
}
