import { RequestContext } from '@mikro-orm/postgresql';
import { BookingsService } from '../../apps/api/src/bookings/bookings.service';
import { JobQueue } from '../../apps/api/src/jobs/job-queue';
import { LocalMailboxMessage } from '../../apps/api/src/mail/local-mailbox/local-mailbox-message.entity';
import { BOOKING_HOLD_EXPIRY, BOOKING_REMINDER, BookingNotifications } from '../../apps/api/src/notifications/booking-notifications.service';
import { OutboxProcessor } from '../../apps/api/src/outbox/outbox.processor';
import { createAdmin, signUpAs, TestAccount } from '../support/accounts';
import { bookFree, CANCEL, createBookableTherapist, holdSlot, RESCHEDULE } from '../support/bookings';
import { FixedClock } from '../support/fixed-clock';
import { graphql } from '../support/graphql-client';
import { settleBookingWork } from '../support/settle';
import { startTestApp, TestApp } from '../support/test-app';

// Monday 2026-03-02 07:00 in New York (EST).
const NOW = '2026-03-02T12:00:00.000Z';
const clock = new FixedClock(new Date(NOW));

let app: TestApp;
let admin: TestAccount;

beforeAll(async () => {
  app = await startTestApp({ clock, env: { SESSION_IDLE_MINUTES: '1440' } });
  admin = await createAdmin(app);
});
afterAll(() => app.close());
beforeEach(() => clock.set(NOW));

const data = (response: { data?: unknown; errors?: unknown }): Record<string, any> => {
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data as Record<string, any>;
};
const queue = () => app.app.get(JobQueue);
const statusOf = async (bookingId: string) => (await app.em().getConnection().execute(`select status from bookings where id = ?`, [bookingId]))[0].status;

const settle = () => settleBookingWork(app);
async function mailTo(account: TestAccount) {
  const rows = await app.em().find(LocalMailboxMessage, { recipient: account.email.toLowerCase() }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  return rows.map((row) => row.mail);
}
/** The one message whose subject matches (the mailbox's times come from the pinned clock, so order is not kept). */
async function oneMailTo(account: TestAccount, subject: RegExp) {
  const found = (await mailTo(account)).filter((mail) => subject.test(mail.subject));
  if (found.length !== 1) throw new Error(`expected one message matching ${subject}, found ${found.length}`);
  return found[0];
}
const icsOf = (mail: { attachments: { contentBase64: string }[] }) => Buffer.from(mail.attachments[0].contentBase64, 'base64').toString('utf8');

describe('booking e-mail', () => {
  it('tells both parties about a confirmation and a reschedule, with the .ics, and reminds the client before the new time only', async () => {
    const client = await signUpAs(app, 'CLIENT', 'America/Chicago');
    const therapist = await createBookableTherapist(app, admin);
    data(await graphql(app.baseUrl, `mutation ($input: SubmitIntakeInput!) { submitIntake(input: $input) { __typename } }`, {
      input: { concerns: [{ code: 'OCD', priority: 1 }], jurisdiction: 'NY', timeZone: 'America/Chicago' },
    }, client));
    const booking = await bookFree(app, client, therapist, '2026-03-04T15:00:00.000Z');
    await settle();

    const [confirmation] = await mailTo(client);
    expect(confirmation.subject).toBe('Your session with Dr. Test Therapist is confirmed');
    // In the client's zone: 10:00 New York is 9:00 Chicago.
    expect(confirmation.text).toContain('Wednesday, March 4, 2026 at 9:00 AM (America/Chicago)');
    expect(confirmation.text).toMatch(/Join link: https:\/\/meet\.jit\.si\/rapport-/);
    expect(confirmation.attachments[0]).toMatchObject({ filename: 'rapport-session.ics', contentType: expect.stringMatching(/^text\/calendar/) });
    expect(icsOf(confirmation)).toContain('DTSTART;TZID=America/Chicago:20260304T090000');
    const [forTherapist] = await mailTo(therapist);
    expect(forTherapist.subject).toMatch(/^New booking: Wednesday, March 4, 2026 at 10:00 AM/);
    expect(forTherapist.text).toContain(client.email.split('@')[0]);

    data(await graphql(app.baseUrl, RESCHEDULE, { id: booking.id, newStartsAt: '2026-03-05T15:00:00.000Z' }, client));
    await settle();
    const moved = await oneMailTo(client, /^Session moved to Thursday, March 5, 2026/);
    expect(moved.text).toContain('Moved from Wednesday, March 4, 2026 at 9:00 AM');
    expect(icsOf(moved)).toMatch(/SEQUENCE:2/);
    await oneMailTo(therapist, /^Session moved to Thursday, March 5, 2026 at 10:00 AM/);

    // The reminders of the old time were replaced: draining every waiting reminder sends only the new time's.
    const before = (await mailTo(client)).length;
    expect(await queue().drain(BOOKING_REMINDER, { includeFuture: true })).toEqual({ ran: 2, failed: 0 });
    await settle();
    const reminders = (await mailTo(client)).filter((mail) => mail.subject.startsWith('Reminder'));
    expect((await mailTo(client)).length).toBe(before + 2);
    expect(reminders.map((mail) => mail.subject).sort()).toEqual(['Reminder: session with Dr. Test Therapist in an hour', 'Reminder: session with Dr. Test Therapist tomorrow']);
    expect(reminders.every((mail) => mail.text.includes('Thursday, March 5, 2026'))).toBe(true);
    await oneMailTo(therapist, /^Reminder: session with .* in an hour$/);
    // Nothing about the client's care is in any message.
    const everything = JSON.stringify([...(await mailTo(client)), ...(await mailTo(therapist))]);
    expect(everything).not.toMatch(/OCD|obsessive|intake|screener/i);

    // A reminder that was already taken for the old time does nothing when it runs.
    await RequestContext.create(app.em(), () => app.app.get(BookingNotifications).sendReminder({ bookingId: booking.id, kind: '24h', startsAt: '2026-03-04T15:00:00.000Z' }));
    await settle();
    expect((await mailTo(client)).length).toBe(before + 2);
  });

  it('tells both about a late cancellation with the reason and the fee, and drops its reminders', async () => {
    const client = await signUpAs(app, 'CLIENT');
    const therapist = await createBookableTherapist(app, admin, {
      sessionType: { name: 'Therapy', kind: 'INDIVIDUAL', priceMinor: 15000 },
      settings: { cancellationWindowHours: 24, lateCancelFeePercent: 50 },
    });
    const held = data(await holdSlot(app, client, therapist, '2026-03-03T15:00:00.000Z')).holdSlot;
    await app.app.get(BookingsService).markPaid(held.id);
    await settle();
    expect(await queue().drain(BOOKING_HOLD_EXPIRY, { includeFuture: true })).toEqual({ ran: 0, failed: 0 });

    clock.set('2026-03-02T20:00:00.000Z'); // 19 hours before: inside the window
    data(await graphql(app.baseUrl, CANCEL, { id: held.id, reason: 'Work trip came up' }, client));
    await settle();
    const cancelled = await oneMailTo(client, /^Session cancelled: Tuesday, March 3, 2026/);
    expect(cancelled.text).toContain('You cancelled the session');
    expect(cancelled.text).toContain('Reason given: Work trip came up');
    expect(cancelled.text).toContain('Late cancellation fee: $75.');
    expect(icsOf(cancelled)).toContain('STATUS:CANCELLED');
    const toTherapist = await oneMailTo(therapist, /^Session cancelled/);
    expect(toTherapist.text).toContain('cancelled the session');
    expect(toTherapist.text).toContain('Reason given: Work trip came up');

    const count = (await mailTo(client)).length;
    expect(await queue().drain(BOOKING_REMINDER, { includeFuture: true })).toEqual({ ran: 0, failed: 0 });
    // Even a reminder that escaped cancellation checks the status when it runs.
    await RequestContext.create(app.em(), () => app.app.get(BookingNotifications).sendReminder({ bookingId: held.id, kind: '1h', startsAt: '2026-03-03T15:00:00.000Z' }));
    await settle();
    expect((await mailTo(client)).length).toBe(count);
  });

  it('expires a lapsed hold with a job, and mails nobody about a hold that was never confirmed', async () => {
    const client = await signUpAs(app, 'CLIENT');
    const therapist = await createBookableTherapist(app, admin);
    const held = data(await holdSlot(app, client, therapist, '2026-03-03T16:00:00.000Z')).holdSlot;
    await settle();
    expect(await queue().drain(BOOKING_HOLD_EXPIRY)).toEqual({ ran: 0, failed: 0 });
    clock.set('2026-03-02T12:30:00.000Z');
    expect(await queue().drain(BOOKING_HOLD_EXPIRY, { includeFuture: true })).toEqual({ ran: 1, failed: 0 });
    expect(await statusOf(held.id)).toBe('EXPIRED');
    await settle();
    expect(await mailTo(client)).toEqual([]);
    expect(await mailTo(therapist)).toEqual([]);
  });
});
