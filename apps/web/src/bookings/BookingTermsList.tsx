import { List, Text } from '@mantine/core';
import { formatInstant } from '../format/dates';
import { priceLabel } from './booking-labels';

interface BookingTermsListProps {
  priceMinor: number;
  policyText: string;
  cancellation: { freeNow: boolean; freeUntil: string; costMinor: number; text: string } | null;
  where: string;
  timeZone: string;
}

/** Price, where, the policy in words and what cancelling would cost: the same list before and after holding. */
export function BookingTermsList({ priceMinor, policyText, cancellation, where, timeZone }: BookingTermsListProps) {
  const paid = priceMinor > 0;
  return (
    <List spacing={6}>
      <List.Item>
        <Text span fw={600}>
          Price:
        </Text>{' '}
        {priceLabel(priceMinor)}
      </List.Item>
      <List.Item>
        <Text span fw={600}>
          Where:
        </Text>{' '}
        {where}
      </List.Item>
      <List.Item>
        <Text span fw={600}>
          Cancellation policy:
        </Text>{' '}
        {policyText}
      </List.Item>
      {paid && (
        <List.Item>
          <Text span fw={600}>
            Your card:
          </Text>{' '}
          saved with Stripe for this booking, so fees under the policy (late changes, a missed session) can be charged without you. Sessions more than a few days
          away are charged shortly before they start.
        </List.Item>
      )}
      {cancellation && paid && (
        <List.Item>
          <Text span fw={600}>
            If you cancel:
          </Text>{' '}
          {cancellation.freeNow
            ? `free until ${formatInstant(cancellation.freeUntil, timeZone)}; after that it costs what the policy says.`
            : cancellation.text}
        </List.Item>
      )}
    </List>
  );
}
