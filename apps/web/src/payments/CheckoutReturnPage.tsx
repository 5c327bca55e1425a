import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation } from 'urql';
import { describeGraphqlError } from '../app/describe-graphql-error';
import { paths } from '../app/paths';
import { formatInstant } from '../format/dates';
import { ErrorAlert } from '../layout/ErrorAlert';
import { PageLoader } from '../layout/PageLoader';
import { usePageTitle } from '../layout/use-page-title';
import { confirmCheckoutMutation } from './payments.operations';

// Mantine's light alert colours are too pale for text on their background: dark text, as the other notices use.
const READABLE = { title: { color: 'var(--mantine-color-dark-8)' }, message: { color: 'var(--mantine-color-dark-8)' } };

/** `/payment/:id`: where Stripe's checkout returns. Settles the payment now instead of waiting for the webhook. */
export function CheckoutReturnPage() {
  usePageTitle('Your payment');
  const { id = '' } = useParams();
  const [{ data, error, fetching }, confirm] = useMutation(confirmCheckoutMutation);

  useEffect(() => {
    void confirm({ bookingId: id });
  }, [confirm, id]);

  if (error) return <ErrorAlert title="We couldn't check your payment" message={describeGraphqlError(error).message} />;
  if (fetching || !data) return <PageLoader label="Checking your payment" />;
  const booking = data.confirmCheckout;
  const when = formatInstant(booking.startsAt);

  return (
    <Stack gap="md">
      <Title order={1}>Your payment</Title>
      {booking.status === 'CONFIRMED' && booking.paymentStatus === 'CARD_SAVED' && (
        <Alert color="green" variant="light" styles={READABLE} title="Card saved — your session is confirmed">
          Your session with {booking.therapist.displayName} on {when} is booked. Nothing is charged yet: your saved card is charged a few days before the session. If
          that charge fails we e-mail you a link to pay.
        </Alert>
      )}
      {booking.status === 'CONFIRMED' && booking.paymentStatus !== 'CARD_SAVED' && (
        <Alert color="green" variant="light" styles={READABLE} title="Payment received — your session is confirmed">
          Your session with {booking.therapist.displayName} on {when} is booked. A confirmation is on its way by email.
        </Alert>
      )}
      {booking.status === 'HELD' && (
        <Alert color="yellow" variant="light" styles={READABLE} title="The payment did not go through">
          {booking.holdExpiresAt
            ? `Your time with ${booking.therapist.displayName} on ${when} is held until ${formatInstant(booking.holdExpiresAt)}. Go back to the payment page to try again, or use another card.`
            : 'Your time is still held. Try the payment again.'}
        </Alert>
      )}
      {booking.status !== 'CONFIRMED' && booking.status !== 'HELD' && (
        <Alert color="yellow" variant="light" styles={READABLE} title="This booking is no longer held">
          The time was released before the payment went through. Anything you were charged for it is refunded automatically. Pick a time again if it is still open.
        </Alert>
      )}
      <Text>
        <Anchor component={Link} to={paths.directory}>
          Find a therapist
        </Anchor>
      </Text>
    </Stack>
  );
}
