import { Badge, Button, Paper, Stack, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { useMutation } from 'urql';
import { describeGraphqlError } from '../app/describe-graphql-error';
import { formatInstant, formatTimeOfDay } from '../format/dates';
import type { BookingFieldsFragment } from '../gql/graphql';
import { ErrorAlert } from '../layout/ErrorAlert';
import { STATUS_BADGE_STYLES, STATUS_COLOR, STATUS_LABEL } from './booking-labels';
import { completeBookingMutation, markNoShowMutation } from './bookings.operations';
import { CancelBookingModal } from './CancelBookingModal';

interface TherapistBookingCardProps {
  booking: BookingFieldsFragment;
  timeZone: string;
  /** "now" from the page, so every card agrees on whether a session has started. */
  nowMs: number;
  onChanged(message: string): void;
}

/** A session in the therapist's week: who, what, status; complete or no-show once it has started; cancel with a reason. */
export function TherapistBookingCard({ booking, timeZone, nowMs, onChanged }: TherapistBookingCardProps) {
  const explanationId = useId();
  const [cancelling, setCancelling] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching: completing }, complete] = useMutation(completeBookingMutation);
  const [{ fetching: markingNoShow }, markNoShow] = useMutation(markNoShowMutation);
  const clientName = booking.client?.displayName ?? 'Client';
  const confirmed = booking.status === 'CONFIRMED';
  const started = nowMs >= Date.parse(booking.startsAt);
  const when = `${formatTimeOfDay(booking.startsAt, timeZone)}–${formatTimeOfDay(booking.endsAt, timeZone)}`;

  async function run(action: 'complete' | 'noShow') {
    setProblem(null);
    const result = action === 'complete' ? await complete({ id: booking.id }) : await markNoShow({ id: booking.id });
    if (result.error) setProblem(describeGraphqlError(result.error).message);
    else onChanged(action === 'complete' ? `${clientName}'s session at ${when} is marked complete.` : `${clientName}'s session at ${when} is marked as missed.`);
  }

  return (
    <Paper withBorder p="xs" radius="sm" component="li" aria-label={`${when}, ${clientName}`} style={{ overflowWrap: 'anywhere' }}>
      <Stack gap={6}>
        <Text fw={600} size="sm">
          {when}
        </Text>
        <Text size="sm">{clientName}</Text>
        <Text size="xs" c="dimmed">
          {booking.sessionType.name}
        </Text>
        <Badge color={STATUS_COLOR[booking.status]} variant="light" styles={STATUS_BADGE_STYLES} size="sm" style={{ alignSelf: 'flex-start' }}>
          {STATUS_LABEL[booking.status]}
        </Badge>
        {booking.status === 'CANCELLED' && booking.cancelReason && <Text size="xs">“{booking.cancelReason}”</Text>}
        <ErrorAlert title="That didn't work" message={problem} />
        {confirmed && (
          <>
            <Button size="compact-sm" fullWidth onClick={() => run('complete')} loading={completing} disabled={!started} aria-describedby={started ? undefined : explanationId}>
              Mark complete
            </Button>
            <Button size="compact-sm" fullWidth variant="light" onClick={() => run('noShow')} loading={markingNoShow} disabled={!started} aria-describedby={started ? undefined : explanationId}>
              No-show
            </Button>
            {!started && (
              <Text size="xs" id={explanationId}>
                You can mark it once it starts ({formatInstant(booking.startsAt, timeZone)}).
              </Text>
            )}
          </>
        )}
        {(confirmed || booking.status === 'HELD') && (
          <Button size="compact-sm" fullWidth variant="subtle" color="red" onClick={() => setCancelling(true)}>
            Cancel
          </Button>
        )}
      </Stack>
      <CancelBookingModal
        booking={booking}
        audience="THERAPIST"
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
