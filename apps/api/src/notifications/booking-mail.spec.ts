import { BookingActor, BookingModel, BookingPaymentStatus, BookingStatus } from '../bookings/models/booking.models';
import { bookingMail, BookingMailKind } from './booking-mail';

const BOOKING: BookingModel = {
  id: 'b1',
  status: BookingStatus.CONFIRMED,
  startsAt: new Date('2026-03-10T23:00:00.000Z'), // 7:00 PM in New York (EDT), 4:00 PM in Los Angeles
  endsAt: new Date('2026-03-10T23:50:00.000Z'),
  holdExpiresAt: null,
  therapist: { id: 't1', displayName: 'Dr. Rivera', timeZone: 'America/New_York' },
  client: { id: 'c1', displayName: 'sam', email: 'sam@example.com' },
  sessionType: { id: 's1', name: 'Therapy', kind: 'INDIVIDUAL', durationMinutes: 50, priceMinor: 15000, formats: ['VIDEO'], archived: false } as BookingModel['sessionType'],
  priceMinor: 15000,
  currency: 'usd',
  paymentStatus: BookingPaymentStatus.PAID,
  checkoutUrl: null,
  format: 'VIDEO' as BookingModel['format'],
  where: { format: 'VIDEO' as BookingModel['format'], address: null, joinUrl: 'https://meet.jit.si/rapport-x', instructions: 'By video: join with the link at the start time.' },
  seriesId: null,
  cancelledBy: null,
  cancelledAt: null,
  cancelReason: null,
  cancellationFeeMinor: null,
  refundMinor: null,
  cancellationPreview: null,
  policyText: 'Free to cancel until 24 hours before.',
  createdAt: new Date('2026-03-01T00:00:00.000Z'),
};
const mail = (kind: BookingMailKind, recipient: 'CLIENT' | 'THERAPIST', booking: Partial<BookingModel> = {}, timeZone = 'America/Los_Angeles') =>
  bookingMail({ kind, booking: { ...BOOKING, ...booking }, recipient, timeZone, publicUrl: 'https://rapport.example' });

describe('bookingMail', () => {
  it.each([
    ['CONFIRMED', 'CLIENT', 'Your session with Dr. Rivera is confirmed'],
    ['CONFIRMED', 'THERAPIST', 'New booking: Tuesday, March 10, 2026 at 4:00 PM'],
    ['RESCHEDULED', 'CLIENT', 'Session moved to Tuesday, March 10, 2026 at 4:00 PM'],
    ['CANCELLED', 'CLIENT', 'Session cancelled: Tuesday, March 10, 2026 at 4:00 PM'],
    ['REMINDER_24H', 'CLIENT', 'Reminder: session with Dr. Rivera tomorrow'],
    ['REMINDER_1H', 'THERAPIST', 'Reminder: session with sam in an hour'],
  ] as const)('%s to the %s: %s', (kind, recipient, subject) => {
    expect(mail(kind, recipient).subject).toBe(subject);
  });

  it("writes times in the recipient's zone, with the zone named", () => {
    expect(mail('CONFIRMED', 'CLIENT').text).toContain('When: Tuesday, March 10, 2026 at 4:00 PM (America/Los Angeles)');
    expect(mail('CONFIRMED', 'THERAPIST', {}, 'America/New_York').text).toContain('7:00 PM (America/New York)');
  });

  it('gives the client the price and the policy, the therapist neither', () => {
    const client = mail('CONFIRMED', 'CLIENT').text;
    expect(client).toContain('Price: $150');
    expect(client).toContain('Free to cancel until 24 hours before.');
    const therapist = mail('CONFIRMED', 'THERAPIST').text;
    expect(therapist).not.toContain('Price');
    expect(therapist).not.toContain('Free to cancel');
  });

  it('says who cancelled, the reason, and the fee and refund for the client', () => {
    const cancelled = { status: BookingStatus.CANCELLED, cancelledBy: BookingActor.CLIENT, cancelReason: 'Travel', cancellationFeeMinor: 7500, refundMinor: 7500 };
    const toClient = mail('CANCELLED', 'CLIENT', cancelled).text;
    expect(toClient).toMatch(/^You cancelled the session on Tuesday, March 10, 2026/);
    expect(toClient).toContain('Reason given: Travel');
    expect(toClient).toContain('Late cancellation fee: $75.');
    expect(toClient).toContain('Refund: $75.');
    const toTherapist = mail('CANCELLED', 'THERAPIST', cancelled).text;
    expect(toTherapist).toMatch(/^sam cancelled the session/);
    expect(toTherapist).toContain('Late cancellation fee kept: $75.');
    expect(mail('CANCELLED', 'CLIENT', { ...cancelled, cancelledBy: BookingActor.THERAPIST, cancellationFeeMinor: 0, refundMinor: 15000 }).text).toContain('No fee applies.');
  });

  it('offers a waitlist time until the hold lapses, with a link to confirm', () => {
    const offer = mail('WAITLIST_OFFER', 'CLIENT', { status: BookingStatus.HELD, holdExpiresAt: new Date('2026-03-10T20:00:00.000Z') });
    expect(offer.subject).toBe('A time opened with Dr. Rivera: Tuesday, March 10, 2026 at 4:00 PM');
    expect(offer.text).toContain('holding it for you until Tuesday, March 10, 2026 at 1:00 PM');
    expect(offer.text).toContain('https://rapport.example/bookings/b1');
  });
});
