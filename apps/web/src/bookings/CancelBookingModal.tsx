import { Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { DANGER_COLOR } from '../admin/danger-color';
import { describeGraphqlError } from '../app/describe-graphql-error';
import { formatInstant } from '../format/dates';
import { formatCents } from '../format/money';
import type { BookingFieldsFragment } from '../gql/graphql';
import { ErrorAlert } from '../layout/ErrorAlert';
import type { Audience } from './BookingDetails';
import { cancelBookingMutation, cancelSeriesMutation } from './bookings.operations';

const REASON_MAX = 500;

interface CancelBookingModalProps {
  booking: BookingFieldsFragment;
  audience: Audience;
  timeZone: string;
  opened: boolean;
  onClose(): void;
  /** After a successful cancel, with what to announce. */
  onCancelled(message: string): void;
}

/** What cancelling costs, shown before the person confirms; a reason for the other side; one session or the rest of a series. */
export function CancelBookingModal({ booking, audience, timeZone, opened, onClose, onCancelled }: CancelBookingModalProps) {
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [scope, setScope] = useState<'ONE' | 'REST'>('ONE');
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching: cancellingOne }, cancelBooking] = useMutation(cancelBookingMutation);
  const [{ fetching: cancellingRest }, cancelSeries] = useMutation(cancelSeriesMutation);
  const preview = booking.cancellationPreview;
  const other = audience === 'CLIENT' ? 'your therapist' : 'your client';

  async function submit(event: FormEvent) {
    event.preventDefault();
    const text = reason.trim();
    if (text.length === 0 || text.length > REASON_MAX) {
      setReasonError(`Give a reason of 1–${REASON_MAX} characters: ${other} will read it.`);
      return;
    }
    setReasonError(null);
    setProblem(null);
    const result =
      scope === 'REST' && booking.seriesId
        ? await cancelSeries({ seriesId: booking.seriesId, fromBookingId: booking.id, reason: text })
        : await cancelBooking({ id: booking.id, reason: text });
    if (result.error) {
      const described = describeGraphqlError(result.error, ['reason']);
      if (described.fieldErrors.reason) setReasonError(described.fieldErrors.reason);
      setProblem(described.message);
      return;
    }
    onCancelled(scope === 'REST' ? 'This session and the later ones in the series are cancelled.' : 'The session is cancelled.');
  }

  return (
    <Modal opened={opened} onClose={onClose} title="Cancel this session?" centered size="lg" closeButtonProps={{ 'aria-label': 'Keep the booking' }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text fw={600}>{costSentence(booking, audience, timeZone)}</Text>
          {audience === 'CLIENT' && preview && !preview.freeNow && <Text size="sm">{preview.text}</Text>}
          {booking.seriesId && (
            <Radio.Group label="Which sessions?" value={scope} onChange={(value) => setScope(value as 'ONE' | 'REST')}>
              <Stack gap={6} mt={4}>
                <Radio value="ONE" label="Only this session" />
                <Radio value="REST" label="This session and every later one in the series" />
              </Stack>
            </Radio.Group>
          )}
          <ErrorAlert title="We couldn't cancel it" message={problem} />
          <Textarea
            label="Reason"
            description={`${audience === 'CLIENT' ? 'Your therapist' : 'Your client'} will read this.`}
            required
            autosize
            minRows={2}
            maxLength={REASON_MAX}
            value={reason}
            error={reasonError}
            onChange={(event) => setReason(event.currentTarget.value)}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Keep the booking
            </Button>
            <Button type="submit" color={DANGER_COLOR} loading={cancellingOne || cancellingRest}>
              Cancel the session
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function costSentence(booking: BookingFieldsFragment, audience: Audience, timeZone: string): string {
  if (audience === 'THERAPIST') return booking.priceMinor === 0 ? 'This session is free: nothing to refund.' : `Your client gets a full refund (${formatCents(booking.priceMinor)}).`;
  const preview = booking.cancellationPreview;
  if (!preview || preview.costMinor === 0) {
    return preview && booking.priceMinor > 0 ? `Cancelling now is free (free until ${formatInstant(preview.freeUntil, timeZone)}).` : 'Cancelling now is free.';
  }
  return `Cancelling now costs ${formatCents(preview.costMinor)} of the ${formatCents(booking.priceMinor)} fee.`;
}
