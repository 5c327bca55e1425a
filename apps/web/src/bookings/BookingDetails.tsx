import { Anchor, Badge, List, Text } from '@mantine/core';
import { Link } from 'react-router';
import { superbillPath, therapistPath } from '../app/paths';
import { formatSessionTime, formatTimeOfDay } from '../format/dates';
import { formatCents } from '../format/money';
import type { BookingFieldsFragment } from '../gql/graphql';
import { priceLabel, STATUS_BADGE_STYLES, STATUS_COLOR, STATUS_LABEL } from './booking-labels';

export type Audience = 'CLIENT' | 'THERAPIST';

const CANCELLED_BY: Record<string, string> = { CLIENT: 'the client', THERAPIST: 'the therapist', ADMIN: 'Rapport', SYSTEM: 'Rapport' };

interface BookingDetailsProps {
  booking: BookingFieldsFragment;
  audience: Audience;
  timeZone: string;
}

/** When, with whom, where, the price and (for a cancelled one) who cancelled and what it cost. */
export function BookingDetails({ booking, audience, timeZone }: BookingDetailsProps) {
  const therapistZone = booking.therapist.timeZone;
  return (
    <List spacing={4} listStyleType="none" styles={{ itemWrapper: { overflowWrap: 'anywhere' } }}>
      <List.Item>
        <Badge color={STATUS_COLOR[booking.status]} variant="light" styles={STATUS_BADGE_STYLES}>
          {STATUS_LABEL[booking.status]}
        </Badge>
      </List.Item>
      <List.Item>
        <Text span fw={600}>
          When:
        </Text>{' '}
        {formatSessionTime(booking.startsAt, booking.endsAt, timeZone)}
        {audience === 'CLIENT' && therapistZone !== timeZone ? ` (${formatTimeOfDay(booking.startsAt, therapistZone)} for the therapist)` : ''}
      </List.Item>
      <List.Item>
        <Text span fw={600}>
          Session:
        </Text>{' '}
        {booking.sessionType.name}, {booking.sessionType.durationMinutes} minutes · {priceLabel(booking.priceMinor)}
      </List.Item>
      {booking.priceMinor > 0 && booking.paymentStatus !== 'NOT_REQUIRED' && (
        <List.Item>
          <Text span fw={600}>
            Payment:
          </Text>{' '}
          {booking.paymentStatus === 'PAID' ? 'Paid' : 'Not paid yet'}
          {audience === 'CLIENT' && booking.paymentStatus === 'PAID' && booking.status === 'COMPLETED' && (
            <>
              {' · '}
              <Anchor href={superbillPath(booking.id)} download>
                Download superbill (PDF)
              </Anchor>
            </>
          )}
        </List.Item>
      )}
      <List.Item>
        <Text span fw={600}>
          With:
        </Text>{' '}
        {audience === 'CLIENT' ? (
          <Anchor component={Link} to={therapistPath(booking.therapist.id)}>
            {booking.therapist.displayName}
          </Anchor>
        ) : (
          `${booking.client?.displayName ?? 'Client'} (${booking.client?.email ?? 'no email'})`
        )}
      </List.Item>
      <List.Item>
        <Text span fw={600}>
          Where:
        </Text>{' '}
        {booking.where.instructions}
        {booking.where.address ? ` ${booking.where.address}` : ''}
        {booking.where.joinUrl && (
          <>
            {' '}
            <Anchor href={booking.where.joinUrl}>Join the session</Anchor>
          </>
        )}
      </List.Item>
      {booking.status === 'CANCELLED' && (
        <List.Item>
          <Text span fw={600}>
            Cancelled
          </Text>{' '}
          by {CANCELLED_BY[booking.cancelledBy ?? 'SYSTEM']}.
          {booking.cancelReason ? ` Reason: “${booking.cancelReason}”` : ''}
          {booking.cancellationFeeMinor ? ` Fee kept: ${formatCents(booking.cancellationFeeMinor)}.` : ''}
          {booking.refundMinor ? ` Refunded: ${formatCents(booking.refundMinor)}.` : ''}
        </List.Item>
      )}
    </List>
  );
}
