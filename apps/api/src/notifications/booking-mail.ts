import { formatDollars, formatInstant } from '@rapport/domain';
import { BookingModel } from '../bookings/models/booking.models';

/**
 * The words of each booking e-mail, from a booking as one party sees it
 * (BookingViews). Plain functions: no I/O. Messages say when, where, with whom
 * and what it costs, never anything about the reason for care (no concerns,
 * screeners or goals: the booking does not hold them).
 */
export type BookingMailKind = 'CONFIRMED' | 'RESCHEDULED' | 'CANCELLED' | 'REMINDER_24H' | 'REMINDER_1H' | 'WAITLIST_OFFER';

export interface BookingMailContext {
  kind: BookingMailKind;
  /** The booking as this recipient sees it. */
  booking: BookingModel;
  recipient: 'CLIENT' | 'THERAPIST';
  /** The recipient's zone: times are written in it. */
  timeZone: string;
  /** Where Rapport is (links). */
  publicUrl: string;
  /** A reschedule: where the booking was before. */
  previousStartsAt?: Date | null;
}

const WHEN_FORMAT = { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit' } as const;

export function whenText(instant: Date, timeZone: string): string {
  return `${formatInstant(instant, timeZone, WHEN_FORMAT)} (${timeZone.replace(/_/g, ' ')})`;
}

function withWhom(context: BookingMailContext): string {
  const { booking } = context;
  return context.recipient === 'CLIENT' ? booking.therapist.displayName : (booking.client?.displayName ?? 'your client');
}

function whereLines(booking: BookingModel): string[] {
  const lines = [`Where: ${booking.where.instructions}`];
  if (booking.where.joinUrl) lines.push(`Join link: ${booking.where.joinUrl}`);
  return lines;
}

export function bookingMail(context: BookingMailContext): { subject: string; text: string } {
  const { booking, timeZone, publicUrl } = context;
  const when = whenText(booking.startsAt, timeZone);
  const who = withWhom(context);
  const session = `${booking.sessionType.name}, ${booking.sessionType.durationMinutes} minutes`;
  const footer = ['', `Your bookings: ${publicUrl}/`, 'The attached calendar file updates the event in your calendar.'];
  switch (context.kind) {
    case 'CONFIRMED':
    case 'WAITLIST_OFFER':
    case 'RESCHEDULED': {
      const lines = [
        `When: ${when}`,
        `Session: ${session} with ${who}`,
        ...whereLines(booking),
      ];
      if (context.kind === 'RESCHEDULED' && context.previousStartsAt) lines.unshift(`Moved from ${whenText(context.previousStartsAt, timeZone)}.`);
      if (context.recipient === 'CLIENT' && booking.priceMinor > 0) lines.push(`Price: ${formatDollars(booking.priceMinor)}`);
      if (context.recipient === 'CLIENT') lines.push('', booking.policyText);
      if (context.kind === 'WAITLIST_OFFER') {
        const until = booking.holdExpiresAt ? whenText(booking.holdExpiresAt, timeZone) : 'soon';
        return {
          subject: `A time opened with ${who}: ${formatInstant(booking.startsAt, timeZone, WHEN_FORMAT)}`,
          text: [
            `A time you were waiting for opened up, and we are holding it for you until ${until}.`,
            '',
            ...lines,
            '',
            `Confirm it in Rapport before then: ${publicUrl}/bookings/${booking.id}`,
            'If you do nothing, the hold lapses and the next person waiting is offered it.',
          ].join('\n'),
        };
      }
      const subject =
        context.kind === 'CONFIRMED'
          ? context.recipient === 'CLIENT'
            ? `Your session with ${who} is confirmed`
            : `New booking: ${formatInstant(booking.startsAt, timeZone, WHEN_FORMAT)}`
          : `Session moved to ${formatInstant(booking.startsAt, timeZone, WHEN_FORMAT)}`;
      return { subject, text: [...lines, ...footer].join('\n') };
    }
    case 'CANCELLED': {
      const mine = booking.cancelledBy === context.recipient;
      const other = booking.cancelledBy === 'CLIENT' || booking.cancelledBy === 'THERAPIST';
      const by = mine ? 'You cancelled' : other ? `${who} cancelled` : 'Rapport cancelled';
      const lines = [`${by} the session on ${when}.`, `Session: ${session} with ${who}`];
      if (booking.cancelReason) lines.push(`Reason given: ${booking.cancelReason}`);
      const fee = booking.cancellationFeeMinor ?? 0;
      if (context.recipient === 'CLIENT') {
        lines.push(fee > 0 ? `Late cancellation fee: ${formatDollars(fee)}.` : 'No fee applies.');
        if ((booking.refundMinor ?? 0) > 0) lines.push(`Refund: ${formatDollars(booking.refundMinor ?? 0)}.`);
      } else if (fee > 0) {
        lines.push(`Late cancellation fee kept: ${formatDollars(fee)}.`);
      }
      return { subject: `Session cancelled: ${formatInstant(booking.startsAt, timeZone, WHEN_FORMAT)}`, text: [...lines, ...footer].join('\n') };
    }
    case 'REMINDER_24H':
    case 'REMINDER_1H': {
      const soon = context.kind === 'REMINDER_24H' ? 'tomorrow' : 'in an hour';
      return {
        subject: `Reminder: session with ${who} ${soon}`,
        text: [`When: ${when}`, `Session: ${session} with ${who}`, ...whereLines(booking), ...footer].join('\n'),
      };
    }
  }
}
