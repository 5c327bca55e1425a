import { JobQueue } from '../../apps/api/src/jobs/job-queue';
import { LocalMailboxMessage } from '../../apps/api/src/mail/local-mailbox/local-mailbox-message.entity';
import { BOOKING_HOLD_EXPIRY } from '../../apps/api/src/notifications/booking-notifications.service';
import { OutboxProcessor } from '../../apps/api/src/outbox/outbox.processor';
import { createAdmin, signUpAs, TestAccount } from '../support/accounts';
import { bookFree, CANCEL, CONFIRM, createBookableTherapist } from '../support/bookings';
import { FixedClock } from '../support/fixed-clock';
import { errorCode, graphql } from '../support/graphql-client';
import { settleBookingWork } from '../support/settle';
import { startTestApp, TestApp } from '../support/test-app';

// Monday 2026-03-02 07:00 in New York (EST).
const NOW = '2026-03-02T12:00:00.000Z';
const TUE_1000 = '2026-03-03T15:00:00.000Z';
const clock = new FixedClock(new Date(NOW));

const JOIN = `mutation ($input: JoinWaitlistInput!) { joinWaitlist(input: $input) { id therapistId therapistName weekdays dayParts timeZone offeredBookingId } }`;
const MINE = `query { myWaitlist { id therapistId offeredBookingId } }`;
const LEAVE = `mutation ($id: ID!) { leaveWaitlist(id: $id) }`;

let app: TestApp;
let admin: TestAccount;

beforeAll(async () => {
  app = await startTestApp({ clock, env: { SESSION_IDLE_MINUTES: '1440', WAITLIST_OFFER_MINUTES: '60' } });
  admin = await createAdmin(app);
});
afterAll(() => app.close());
beforeEach(() => clock.set(NOW));

const data = (response: { data?: unknown; errors?: unknown }): Record<string, any> => {
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data as Record<string, any>;
};
const bookingRow = async (id: string) => (await app.em().getConnection().execute(`select status, client_id, starts_at, hold_expires_at from bookings where id = ?`, [id]))[0];

const settle = () => settleBookingWork(app);
const mailTo = async (account: TestAccount) => (await app.em().find(LocalMailboxMessage, { recipient: account.email.toLowerCase() })).map((row) => row.mail);

describe('waitlist', () => {
  it('offers an opened slot to the first waiting client it suits, then to the next when the offer lapses', async () => {
    const therapist = await createBookableTherapist(app, admin, { profile: { displayName: 'Dr. Wait' } });
    const [holder, first, second, fridaysOnly] = await Promise.all(['CLIENT', 'CLIENT', 'CLIENT', 'CLIENT'].map(() => signUpAs(app, 'CLIENT')));
    const booking = await bookFree(app, holder, therapist, TUE_1000);
    // The therapist's setup is delivered before anyone waits (a therapist change offers open times to people waiting).
    await settle();

    const join = (client: TestAccount, extra: Record<string, unknown>) =>
      graphql(app.baseUrl, JOIN, { input: { therapistId: therapist.profileId, jurisdiction: 'NY', timeZone: 'America/New_York', ...extra } }, client);
    // Joined in this order, a second apart (first come, first served): Fridays-only first (does not fit Tuesday), then Tuesday mornings, then any time.
    data(await join(fridaysOnly, { weekdays: [5] }));
    clock.set('2026-03-02T12:00:01.000Z');
    const firstEntry = data(await join(first, { weekdays: [2], dayParts: ['MORNING'] })).joinWaitlist;
    expect(firstEntry).toMatchObject({ therapistName: 'Dr. Wait', weekdays: [2], dayParts: ['MORNING'], offeredBookingId: null });
    clock.set('2026-03-02T12:00:02.000Z');
    data(await join(second, {}));
    expect(errorCode(await join(second, {}))).toBe('CONFLICT');
    clock.set(NOW);

    data(await graphql(app.baseUrl, CANCEL, { id: booking.id, reason: 'Conflict at work' }, holder));
    await settle();

    const offerToFirst = data(await graphql(app.baseUrl, MINE, {}, first)).myWaitlist[0].offeredBookingId;
    expect(offerToFirst).toEqual(expect.any(String));
    const held = await bookingRow(offerToFirst);
    expect(held).toMatchObject({ status: 'HELD', client_id: first.id });
    expect(new Date(held.starts_at).toISOString()).toBe(TUE_1000);
    expect(new Date(held.hold_expires_at).toISOString()).toBe('2026-03-02T13:00:00.000Z');
    const [offerMail] = await mailTo(first);
    expect(offerMail.subject).toMatch(/^A time opened with Dr\. Wait: Tuesday, March 3, 2026 at 10:00 AM/);
    expect(offerMail.text).toContain('holding it for you until Monday, March 2, 2026 at 8:00 AM');
    expect(data(await graphql(app.baseUrl, MINE, {}, second)).myWaitlist[0].offeredBookingId).toBeNull();
    expect(await mailTo(fridaysOnly)).toEqual([]);

    // The offer lapses: the hold-expiry job closes it, and the next waiting client is offered the time.
    clock.set('2026-03-02T13:00:00.000Z');
    expect(await app.app.get(JobQueue).drain(BOOKING_HOLD_EXPIRY, { includeFuture: true })).toMatchObject({ failed: 0 });
    expect((await bookingRow(offerToFirst)).status).toBe('EXPIRED');
    await settle();
    const offerToSecond = data(await graphql(app.baseUrl, MINE, {}, second)).myWaitlist[0].offeredBookingId;
    expect(offerToSecond).toEqual(expect.any(String));
    expect(await bookingRow(offerToSecond)).toMatchObject({ status: 'HELD', client_id: second.id });
    expect((await mailTo(second)).map((mail) => mail.subject)).toEqual([expect.stringMatching(/^A time opened with Dr\. Wait/)]);
    // The first client is not offered the same time again.
    expect(data(await graphql(app.baseUrl, MINE, {}, first)).myWaitlist[0].offeredBookingId).toBeNull();

    // Confirming the offer ends that client's wait.
    data(await graphql(app.baseUrl, CONFIRM, { id: offerToSecond }, second));
    await settle();
    expect(data(await graphql(app.baseUrl, MINE, {}, second)).myWaitlist).toEqual([]);
    expect(await mailTo(fridaysOnly)).toEqual([]);

    data(await graphql(app.baseUrl, LEAVE, { id: firstEntry.id }, first));
    expect(data(await graphql(app.baseUrl, MINE, {}, first)).myWaitlist).toEqual([]);
    expect(errorCode(await graphql(app.baseUrl, LEAVE, { id: firstEntry.id }, first))).toBe('NOT_FOUND');
  });

  it('offers new hours that suit someone waiting, one live offer per client', async () => {
    // Mondays and Tuesdays only at first.
    const therapist = await createBookableTherapist(app, admin, { rules: [1, 2].map((weekday) => ({ weekday, startLocal: '09:00', endLocal: '12:00' })) });
    const [wednesdays, anyTime] = await Promise.all([signUpAs(app, 'CLIENT'), signUpAs(app, 'CLIENT')]);
    data(await graphql(app.baseUrl, JOIN, { input: { therapistId: therapist.profileId, jurisdiction: 'NY', timeZone: 'America/New_York', weekdays: [3] } }, wednesdays));
    await settle();
    expect(data(await graphql(app.baseUrl, MINE, {}, wednesdays)).myWaitlist[0].offeredBookingId).toBeNull();

    data(await graphql(app.baseUrl, `mutation ($input: SetWeeklyRulesInput!) { setWeeklyRules(input: $input) { weeklyRules { weekday } } }`, {
      input: { rules: [1, 2, 3].map((weekday) => ({ weekday, startLocal: '09:00', endLocal: '12:00' })) },
    }, therapist));
    await settle();
    const offered = data(await graphql(app.baseUrl, MINE, {}, wednesdays)).myWaitlist[0].offeredBookingId;
    expect(offered).toEqual(expect.any(String));
    // The first Wednesday opening: March 4 at 9:00 in New York.
    expect(new Date((await bookingRow(offered)).starts_at).toISOString()).toBe('2026-03-04T14:00:00.000Z');
    expect(Number((await app.em().getConnection().execute(`select count(*)::int as n from waitlist_offers o join waitlist_entries e on e.id = o.entry_id where e.client_id = ?`, [wednesdays.id]))[0].n)).toBe(1);

    // Another change offers the next waiting client a time, and nothing more to the one already holding one.
    clock.set('2026-03-02T12:00:05.000Z');
    data(await graphql(app.baseUrl, JOIN, { input: { therapistId: therapist.profileId, jurisdiction: 'NY', timeZone: 'America/New_York' } }, anyTime));
    data(await graphql(app.baseUrl, `mutation ($input: BookingSettingsInput!) { updateBookingSettings(input: $input) { settings { timeZone } } }`, { input: { slotStepMinutes: 60 } }, therapist));
    await settle();
    expect(data(await graphql(app.baseUrl, MINE, {}, anyTime)).myWaitlist[0].offeredBookingId).toEqual(expect.any(String));
    expect(Number((await app.em().getConnection().execute(`select count(*)::int as n from waitlist_offers o join waitlist_entries e on e.id = o.entry_id where e.client_id = ?`, [wednesdays.id]))[0].n)).toBe(1);
  });

  it('checks the days and times it is given', async () => {
    const therapist = await createBookableTherapist(app, admin);
    const client = await signUpAs(app, 'CLIENT');
    const refused = await graphql(app.baseUrl, JOIN, { input: { therapistId: therapist.profileId, jurisdiction: 'NY', weekdays: [8] } }, client);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'weekdays' });
    expect(errorCode(await graphql(app.baseUrl, JOIN, { input: { therapistId: therapist.profileId, jurisdiction: 'NY', timeZone: 'Mars/Olympus' } }, client))).toBe('BAD_USER_INPUT');
  });
});
