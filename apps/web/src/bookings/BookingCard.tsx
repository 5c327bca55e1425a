import { Alert, Anchor, Button, Group, Paper, Stack } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { describeGraphqlError } from '../app/describe-graphql-error';
import { ErrorAlert } from '../layout/ErrorAlert';
import { bookingPath, payBookingPath } from '../app/paths';
import type { BookingFieldsFragment } from '../gql/graphql';
import { BookingDetails } from './BookingDetails';
import { confirmBookingMutation } from './bookings.operations';
import { CalendarLink } from './CalendarLink';
import { CancelBookingModal } from './CancelBookingModal';
import { RescheduleSection } from './RescheduleSection';

interface ClientBookingCardProps {
  booking: BookingFieldsFragment;
  timeZone: string;
  /** After a cancel or a move: refresh the list and announce the outcome. */
  onChanged(message: string): void;
}

/** One of the client's bookings, with cancel and reschedule while it is ahead. */
export function ClientBookingCard({ booking, timeZone, onChanged }: ClientBookingCardProps) {
  const [cancelling, setCancelling] = useState(false);
  const [rescheduling, setRescheduling] = useState(false);
  const active = booking.status === 'CONFIRMED' || booking.status === 'HELD';
  const [{ fetching: confirming }, confirmBooking] = useMutation(confirmBookingMutation);
  const [problem, setProblem] = useState<string | null>(null);

  // A free session left on hold (the page was closed before confirming) can still be confirmed here.
  async function confirm() {
    setProblem(null);
    const result = await confirmBooking({ id: booking.id });
    if (result.error) setProblem(describeGraphqlError(result.error).message);
    else onChanged('The session is booked.');
  }
  return (
    <Paper withBorder p="md" radius="md" component="li" aria-label={`${booking.sessionType.name} with ${booking.therapist.displayName}`}>
      <Stack gap="sm">
        <BookingDetails booking={booking} audience="CLIENT" timeZone={timeZone} />
        <Group gap="sm">
          <Anchor component={Link} to={bookingPath(booking.id)}>
            Details
          </Anchor>
          {booking.status === 'CONFIRMED' && <CalendarLink bookingId={booking.id} />}
        </Group>
        {booking.status === 'CONFIRMED' && booking.paymentStatus === 'PAYMENT_DUE' && (
          <Alert color="yellow" variant="light" styles={{ title: { color: 'var(--mantine-color-dark-8)' }, message: { color: 'var(--mantine-color-dark-8)' } }} title="Payment due">
            Your saved card could not be charged.{' '}
            <Anchor component={Link} to={payBookingPath(booking.id)}>
              Pay now to keep this session
            </Anchor>
          </Alert>
        )}
        <ErrorAlert title="That didn't work" message={problem} />
        {active && !rescheduling && (
          <Group gap="sm">
            {booking.status === 'HELD' && booking.priceMinor === 0 && (
              <Button onClick={confirm} loading={confirming}>
                Confirm booking
              </Button>
            )}
            {booking.status === 'CONFIRMED' && (
              <Button variant="light" onClick={() => setRescheduling(true)}>
                Reschedule
              </Button>
            )}
            <Button variant="light" color="red" onClick={() => setCancelling(true)}>
              Cancel
            </Button>
          </Group>
        )}
        {rescheduling && (
          <RescheduleSection
            booking={booking}
            onClose={() => setRescheduling(false)}
            onMoved={(message) => {
              setRescheduling(false);
              onChanged(message);
            }}
          />
        )}
      </Stack>
      <CancelBookingModal
        booking={booking}
        audience="CLIENT"
        timeZone={timeZone}
        opened={cancelling}
        onClose={() => setCancelling(false)}
        onCancelled={(message) => {
          setCancelling(false);
          onChanged(message);
        }}
      />
    </Paper>
  );
}
