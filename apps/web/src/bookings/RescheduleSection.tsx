import { Button, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useMutation } from 'urql';
import { describeGraphqlError } from '../app/describe-graphql-error';
import { SlotPicker, type SlotSelection } from '../availability/SlotPicker';
import { formatSessionTime } from '../format/dates';
import type { BookingFieldsFragment } from '../gql/graphql';
import { ErrorAlert } from '../layout/ErrorAlert';
import { rescheduleBookingMutation } from './bookings.operations';

interface RescheduleSectionProps {
  booking: BookingFieldsFragment;
  onMoved(message: string): void;
  onClose(): void;
}

/** A slot picker for the same therapist and session type, then "Move the booking" (with the fee words when it is late). */
export function RescheduleSection({ booking, onMoved, onClose }: RescheduleSectionProps) {
  return (
    <Stack gap="sm">
      <SlotPicker
        therapistId={booking.therapist.id}
        sessionTypeId={booking.sessionType.id}
        title="Pick a new time"
        renderSelection={(selection) => <MoveHere key={selection.slot.startsAt} booking={booking} selection={selection} onMoved={onMoved} />}
      />
      <Button variant="default" onClick={onClose} style={{ alignSelf: 'flex-start' }}>
        Keep the current time
      </Button>
    </Stack>
  );
}

function MoveHere({ booking, selection, onMoved }: { booking: BookingFieldsFragment; selection: SlotSelection; onMoved(message: string): void }) {
  const [{ fetching }, reschedule] = useMutation(rescheduleBookingMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const late = booking.cancellationPreview && !booking.cancellationPreview.freeNow;
  const newTime = formatSessionTime(selection.slot.startsAt, selection.slot.endsAt, selection.timeZone);

  async function move() {
    if (fetching) return;
    setProblem(null);
    const result = await reschedule({ id: booking.id, newStartsAt: selection.slot.startsAt });
    if (result.error) {
      const message = describeGraphqlError(result.error).message;
      if (result.error.graphQLErrors[0]?.extensions?.code === 'SLOT_TAKEN' && message) selection.reportSlotTaken(message);
      else setProblem(message);
      return;
    }
    onMoved(`Moved to ${newTime}.`);
  }

  return (
    <Paper withBorder p="sm" radius="md">
      <Stack gap="xs">
        {late ? (
          <Text size="sm">
            This is a late change. {booking.policyText}
          </Text>
        ) : (
          booking.priceMinor > 0 && <Text size="sm">Moving it now is free.</Text>
        )}
        <ErrorAlert title="We couldn't move the booking" message={problem} />
        <Button onClick={move} loading={fetching}>
          Move the booking here
        </Button>
      </Stack>
    </Paper>
  );
}
