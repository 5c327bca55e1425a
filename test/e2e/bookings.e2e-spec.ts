import { randomUUID } from 'node:crypto';
import { BookingChecks } from '../../apps/api/src/bookings/booking-checks';
import { BookingsService } from '../../apps/api/src/bookings/bookings.service';
import { HoldExpiryJob } from '../../apps/api/src/bookings/hold-expiry.job';
import { createAdmin, logInAgain, signUpAs, TestAccount } from '../support/accounts';
import {
  BOOKING_FIELDS,
  BookableTherapist,
  bookFree,
  CANCEL,
  COMPLETE,
  CONFIRM,
  createBookableTherapist,
  HOLD,
  holdSlot,
  NO_SHOW,
  openStarts,
  RESCHEDULE,
} from '../support/bookings';
import { FixedClock } from '../support/fixed-clock';
import { errorCode, graphql } from '../support/graphql-client';
import { startTestApp, TestApp } from '../support/test-app';

// Monday 2026-03-02 07:00 in New York (EST, UTC−5); US clocks spring forward on Sunday 2026-03-08.
const NOW = '2026-03-02T12:00:00.000Z';
const TUE_0900 = '2026-03-03T14:00:00.000Z';
const TUE_1000 = '2026-03-03T15:00:00.000Z';
const TUE_1100 = '2026-03-03T16:00:00.000Z';
const WED_1000 = '2026-03-04T15:00:00.000Z';
const clock = new FixedClock(new Date(NOW));

let app: TestApp;
let admin: TestAccount;
let client: TestAccount;
let otherClient: TestAccount;

beforeAll(async () => {
  // Tests move the clock by hours: sessions stay usable across a day of it.
  app = await startTestApp({ clock, env: { SESSION_IDLE_MINUTES: '1440' } });
  admin = await createAdmin(app);
  client = await signUpAs(app, 'CLIENT');
  otherClient = await signUpAs(app, 'CLIENT');
});
afterAll(() => app.close());
beforeEach(() => clock.set(NOW));

const data = (response: { data?: unknown; errors?: unknown }): Record<string, any> => {
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data as Record<string, any>;
};
const paidTherapist = (settings: Record<string, unknown> = {}) =>
  createBookableTherapist(app, admin, { sessionType: { name: 'Therapy', kind: 'INDIVIDUAL', priceMinor: 15000 }, settings });
const activeCount = async (therapistId: string) =>
  (await app.em().getConnection().execute(`select count(*)::int as n from bookings where therapist_id = ? and status in ('HELD', 'CONFIRMED')`, [therapistId]))[0].n;
const statusOf = async (bookingId: string) => (await app.em().getConnection().execute(`select status from bookings where id = ?`, [bookingId]))[0].status;

describe('holdSlot and confirmBooking', () => {
  it('holds an open slot for the hold minutes, hides it from every slot list, and confirms a free session', async () => {
    const therapist = await createBookableTherapist(app, admin);
    expect(await openStarts(app, therapist, TUE_0900, TUE_1100)).toContain(TUE_1000);

    const held = data(await holdSlot(app, client, therapist, TUE_1000)).holdSlot;
    expect(held).toMatchObject({
      status: 'HELD',
      startsAt: TUE_1000,
      endsAt: '2026-03-03T15:50:00.000Z',
      holdExpiresAt: '2026-03-02T12:10:00.000Z',
      priceMinor: 0,
      paymentStatus: 'NOT_REQUIRED',
      checkoutUrl: null,
      client: null,
      therapist: { id: therapist.profileId, timeZone: 'America/New_York' },
      where: { format: 'VIDEO' },
      cancellationPreview: { freeNow: true, costMinor: 0 },
    });
    expect(held.policyText).toMatch(/free/i);
    // 10:00–10:50 plus the 10-minute buffer: 09:30 (would end 10:20 + buffer) and 10:30 are gone too.
    const open = await openStarts(app, therapist, TUE_0900, '2026-03-03T16:30:00Z');
    expect(open).toEqual(['2026-03-03T14:00:00.000Z', '2026-03-03T16:00:00.000Z']);
    const next = data(await graphql(app.baseUrl, `query ($ids: [ID!]!) { nextSlots(therapistIds: $ids, timeZone: "UTC", count: 3) { slots { startsAt } } }`, { ids: [therapist.profileId] }));
    expect(next.nextSlots[0].slots.map((slot: { startsAt: string }) => slot.startsAt)).not.toContain(TUE_1000);

    const confirmed = data(await graphql(app.baseUrl, CONFIRM, { id: held.id }, client)).confirmBooking;
    expect(confirmed).toMatchObject({ id: held.id, status: 'CONFIRMED', holdExpiresAt: null });
    // A second click changes nothing.
    expect(data(await graphql(app.baseUrl, CONFIRM, { id: held.id }, client)).confirmBooking.status).toBe('CONFIRMED');

    const mine = data(await graphql(app.baseUrl, `{ myBookings { upcoming { id status } past { id } } }`, {}, client)).myBookings;
    expect(mine.upcoming).toContainEqual({ id: held.id, status: 'CONFIRMED' });
    const week = data(await graphql(app.baseUrl, `query { therapistBookings(from: "2026-03-02T00:00:00Z", to: "2026-03-09T00:00:00Z") { id client { email } } }`, {}, therapist));
    expect(week.therapistBookings).toEqual([{ id: held.id, client: { email: client.email } }]);
  });

  it('keeps a paid session HELD with payment pending until the gateway reports it paid', async () => {
    const therapist = await paidTherapist();
    const held = data(await holdSlot(app, client, therapist, TUE_1000)).holdSlot;
    expect(held).toMatchObject({ status: 'HELD', priceMinor: 15000, paymentStatus: 'PENDING' });
    const early = await graphql(app.baseUrl, CONFIRM, { id: held.id }, client);
    expect(errorCode(early)).toBe('CONFLICT');
    expect(early.errors![0].message).toMatch(/payment/i);

    const paid = await app.app.get(BookingsService).markPaid(held.id);
    expect(paid.status).toBe('CONFIRMED');
    expect(await statusOf(held.id)).toBe('CONFIRMED');
  });

  it('refuses a time the slot engine does not offer, and a taken one, with SLOT_TAKEN and words a person can act on', async () => {
    const therapist = await createBookableTherapist(app, admin);
    const outside = await holdSlot(app, client, therapist, '2026-03-03T23:00:00.000Z'); // 18:00 local: after hours
    expect(errorCode(outside)).toBe('SLOT_TAKEN');
    const offStep = await holdSlot(app, client, therapist, '2026-03-03T15:10:00.000Z');
    expect(errorCode(offStep)).toBe('SLOT_TAKEN');
    const tooSoon = await holdSlot(app, client, therapist, '2026-03-02T12:30:00.000Z'); // inside the hour of notice (and before hours)
    expect(errorCode(tooSoon)).toBe('SLOT_TAKEN');

    data(await holdSlot(app, client, therapist, TUE_1000));
    const taken = await holdSlot(app, otherClient, therapist, TUE_1000);
    expect(errorCode(taken)).toBe('SLOT_TAKEN');
    expect(taken.errors![0].message).toMatch(/Pick another time; nothing was charged/);
    expect(taken.status).toBeLessThan(500);
  });

  it('turns the database exclusion constraint into SLOT_TAKEN when it is the one that refuses', async () => {
    const therapist = await createBookableTherapist(app, admin);
    data(await holdSlot(app, client, therapist, TUE_1000));
    // The slot engine is told the time is open: the constraint is what remains.
    const checks = app.app.get(BookingChecks);
    const spy = jest.spyOn(checks, 'requireOpenSlot').mockResolvedValue({ settings: { bufferBeforeMinutes: 0, bufferAfterMinutes: 10 } as never, timeZone: 'America/New_York' });
    try {
      const lost = await holdSlot(app, otherClient, therapist, '2026-03-03T15:30:00.000Z');
      expect(errorCode(lost)).toBe('SLOT_TAKEN');
      expect(lost.errors![0].message).toBe('Someone just took this time. Pick another time; nothing was charged.');
    } finally {
      spy.mockRestore();
    }
    expect(await activeCount(therapist.profileId)).toBe(1);
  });

  it('frees a lapsed hold at once: the slot shows again and another client can hold it, before any job runs', async () => {
    const therapist = await createBookableTherapist(app, admin);
    const first = data(await holdSlot(app, client, therapist, TUE_1000)).holdSlot;
    clock.set('2026-03-02T12:10:00Z'); // the hold's expiry instant: lapsed (exclusive)
    expect(await openStarts(app, therapist, TUE_0900, TUE_1100)).toContain(TUE_1000);
    const second = data(await holdSlot(app, otherClient, therapist, TUE_1000)).holdSlot;
    expect(second.status).toBe('HELD');
    expect(await statusOf(first.id)).toBe('EXPIRED');
    // The first client's late confirmation is refused in words, not a 500.
    const late = await graphql(app.baseUrl, CONFIRM, { id: first.id }, client);
    expect(errorCode(late)).toBe('CONFLICT');
  });

  it('keeps the daily cap when holds on one day arrive at once (booking changes for a therapist take turns)', async () => {
    const therapist = await createBookableTherapist(app, admin, { settings: { maxSessionsPerDay: 2 } });
    const clients = [client, otherClient, ...(await Promise.all([0, 1, 2].map(() => signUpAs(app, 'CLIENT'))))];
    const starts = ['2026-03-03T14:00:00.000Z', '2026-03-03T15:00:00.000Z', '2026-03-03T16:00:00.000Z', '2026-03-03T17:00:00.000Z', '2026-03-03T18:00:00.000Z'];
    const answers = await Promise.all(clients.map((each, index) => holdSlot(app, each, therapist, starts[index])));
    const held = answers.filter((answer) => !answer.errors);
    expect(held).toHaveLength(2);
    expect(answers.filter((answer) => errorCode(answer) === 'SLOT_TAKEN')).toHaveLength(3);
    expect(await activeCount(therapist.profileId)).toBe(2);
  });

  it('makes the same idempotency key one hold, also for two clicks at once, and refuses it for another request', async () => {
    const therapist = await createBookableTherapist(app, admin);
    const input = { therapistId: therapist.profileId, sessionTypeId: therapist.sessionTypeId, startsAt: TUE_1000, idempotencyKey: randomUUID(), jurisdiction: 'NY' };
    const [a, b] = await Promise.all([graphql(app.baseUrl, HOLD, { input }, client), graphql(app.baseUrl, HOLD, { input }, client)]);
    expect(data(a).holdSlot.id).toBe(data(b).holdSlot.id);
    const again = data(await graphql(app.baseUrl, HOLD, { input }, client)).holdSlot;
    expect(again.id).toBe(data(a).holdSlot.id);
    const reused = await graphql(app.baseUrl, HOLD, { input: { ...input, startsAt: WED_1000 } }, client);
    expect(errorCode(reused)).toBe('CONFLICT');
    expect(reused.errors![0].extensions!.field).toBe('idempotencyKey');
    // The key is per client: another client's identical key is their own hold attempt.
    expect(errorCode(await graphql(app.baseUrl, HOLD, { input }, otherClient))).toBe('SLOT_TAKEN');
    expect(await activeCount(therapist.profileId)).toBe(1);
  });
});

describe('license gating and new clients', () => {
  it('books only therapists licensed in the client’s jurisdiction, active, and accepting new clients for a first booking', async () => {
    const therapist = await createBookableTherapist(app, admin);
    const elsewhere = await holdSlot(app, client, therapist, TUE_1000, { jurisdiction: 'CA' });
    expect(errorCode(elsewhere)).toBe('FORBIDDEN');
    expect(elsewhere.errors![0].message).toMatch(/California/);

    // Without a stated jurisdiction the intake's is used; without an intake the field is asked for.
    const fresh = await signUpAs(app, 'CLIENT');
    const unknown = await holdSlot(app, fresh, therapist, TUE_1000, { jurisdiction: null });
    expect(unknown.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'jurisdiction' });
    data(await graphql(app.baseUrl, `mutation ($input: SubmitIntakeInput!) { submitIntake(input: $input) { id } }`, {
      input: { concerns: [{ code: 'ANXIETY', priority: 1 }], jurisdiction: 'NY', timeZone: 'America/New_York' },
    }, fresh));
    expect(data(await holdSlot(app, fresh, therapist, TUE_1000, { jurisdiction: null })).holdSlot.status).toBe('HELD');

    await bookFree(app, client, therapist, WED_1000);
    data(await graphql(app.baseUrl, `mutation { updateTherapistProfile(input: { acceptsNewClients: false }) { id } }`, {}, therapist));
    expect(errorCode(await holdSlot(app, otherClient, therapist, TUE_1100))).toBe('CONFLICT');
    expect(data(await holdSlot(app, client, therapist, TUE_1100)).holdSlot.status).toBe('HELD'); // an existing client

    data(await graphql(app.baseUrl, `mutation ($input: SuspensionInput!) { suspendTherapist(input: $input) { status } }`, {
      input: { therapistId: therapist.profileId, reason: 'Complaint under review.' },
    }, admin));
    expect(errorCode(await holdSlot(app, client, therapist, '2026-03-05T15:00:00.000Z'))).toBe('NOT_FOUND');
  });
});

describe('cancelBooking', () => {
  it('is free for the client before the window, costs the late fee inside it, and is a full refund when the therapist cancels', async () => {
    const therapist = await paidTherapist({ cancellationWindowHours: 24, lateCancelFeePercent: 50 });
    const service = app.app.get(BookingsService);
    const book = async (startsAt: string) => {
      const held = data(await holdSlot(app, client, therapist, startsAt)).holdSlot;
      await service.markPaid(held.id);
      return held.id as string;
    };
    const early = await book('2026-03-04T15:00:00.000Z'); // 51 h ahead
    const late = await book('2026-03-03T14:00:00.000Z'); // 26 h ahead: late once the clock moves
    const byTherapist = await book('2026-03-03T16:00:00.000Z');

    // Before booking: the same terms for the review page.
    const terms = data(await graphql(app.baseUrl, `query ($t: ID!, $s: ID!) { bookingTerms(therapistId: $t, sessionTypeId: $s, startsAt: "2026-03-03T14:00:00Z") { priceMinor policyText holdMinutes cancellationPreview { freeNow costMinor freeUntil } } }`, {
      t: therapist.profileId,
      s: therapist.sessionTypeId,
    })).bookingTerms;
    expect(terms).toMatchObject({ priceMinor: 15000, holdMinutes: 10, cancellationPreview: { freeNow: true, costMinor: 0, freeUntil: '2026-03-02T14:00:00.000Z' } });
    expect(terms.policyText).toContain('24 hours');
    const preview = data(await graphql(app.baseUrl, `query ($id: ID!) { booking(id: $id) { cancellationPreview { freeNow costMinor text } policyText } }`, { id: early }, client)).booking;
    expect(preview.cancellationPreview).toMatchObject({ freeNow: true, costMinor: 0 });
    expect(preview.policyText).toContain('$75');

    const freeCancel = data(await graphql(app.baseUrl, CANCEL, { id: early, reason: 'Moving house' }, client)).cancelBooking;
    expect(freeCancel).toMatchObject({ status: 'CANCELLED', cancelledBy: 'CLIENT', cancellationFeeMinor: 0, refundMinor: 15000, cancelReason: 'Moving house', cancellationPreview: null });

    clock.set('2026-03-02T16:00:00Z'); // 22 h before the late one
    const lateShown = data(await graphql(app.baseUrl, `query ($id: ID!) { booking(id: $id) { cancellationPreview { freeNow costMinor } } }`, { id: late }, client)).booking;
    expect(lateShown.cancellationPreview).toEqual({ freeNow: false, costMinor: 7500 });
    const lateCancel = data(await graphql(app.baseUrl, CANCEL, { id: late, reason: null }, client)).cancelBooking;
    expect(lateCancel).toMatchObject({ status: 'CANCELLED', cancellationFeeMinor: 7500, refundMinor: 7500 });

    const therapistCancel = data(await graphql(app.baseUrl, CANCEL, { id: byTherapist, reason: 'Unwell today' }, therapist)).cancelBooking;
    expect(therapistCancel).toMatchObject({ status: 'CANCELLED', cancelledBy: 'THERAPIST', cancellationFeeMinor: 0, refundMinor: 15000, client: { email: client.email } });
    // The client reads the therapist's reason.
    const mine = data(await graphql(app.baseUrl, `{ myBookings { past { id cancelReason cancelledBy } } }`, {}, client)).myBookings;
    expect(mine.past).toContainEqual({ id: byTherapist, cancelReason: 'Unwell today', cancelledBy: 'THERAPIST' });
    // A cancelled booking frees its slot.
    expect(await openStarts(app, therapist, '2026-03-04T14:00:00Z', '2026-03-04T16:00:00Z')).toContain('2026-03-04T15:00:00.000Z');
  });

  it('is for the two parties (and admins) only', async () => {
    const therapist = await createBookableTherapist(app, admin);
    const other = await createBookableTherapist(app, admin);
    const booking = await bookFree(app, client, therapist, TUE_1000);
    expect(errorCode(await graphql(app.baseUrl, CANCEL, { id: booking.id }, otherClient))).toBe('NOT_FOUND');
    expect(errorCode(await graphql(app.baseUrl, CANCEL, { id: booking.id }, other))).toBe('NOT_FOUND');
    expect(errorCode(await graphql(app.baseUrl, `query ($id: ID!) { booking(id: $id) { id } }`, { id: booking.id }, otherClient))).toBe('NOT_FOUND');
    expect(data(await graphql(app.baseUrl, CANCEL, { id: booking.id, reason: 'Duplicate account' }, admin)).cancelBooking).toMatchObject({ cancelledBy: 'ADMIN' });
  });
});

describe('rescheduleBooking', () => {
  it('moves a confirmed booking atomically: the old time opens, the new one closes', async () => {
    const therapist = await createBookableTherapist(app, admin);
    const booking = await bookFree(app, client, therapist, TUE_1000);
    const moved = data(await graphql(app.baseUrl, RESCHEDULE, { id: booking.id, newStartsAt: TUE_1100 }, client)).rescheduleBooking;
    expect(moved).toMatchObject({ id: booking.id, status: 'CONFIRMED', startsAt: TUE_1100, endsAt: '2026-03-03T16:50:00.000Z' });
    const open = await openStarts(app, therapist, TUE_0900, '2026-03-03T18:00:00Z');
    expect(open).toContain(TUE_1000);
    expect(open).not.toContain(TUE_1100);
    // A lapsed hold on the wanted time does not block the move either.
    data(await holdSlot(app, otherClient, therapist, WED_1000));
    clock.set('2026-03-02T12:10:00Z');
    expect(data(await graphql(app.baseUrl, RESCHEDULE, { id: booking.id, newStartsAt: WED_1000 }, client)).rescheduleBooking.startsAt).toBe(WED_1000);
    data(await graphql(app.baseUrl, RESCHEDULE, { id: booking.id, newStartsAt: TUE_1100 }, client));
    // Moving by 30 minutes overlaps the booking's own time: it does not block itself.
    expect(data(await graphql(app.baseUrl, RESCHEDULE, { id: booking.id, newStartsAt: '2026-03-03T16:30:00.000Z' }, therapist)).rescheduleBooking.startsAt).toBe('2026-03-03T16:30:00.000Z');
  });

  it('leaves the booking exactly as it was when the new time is taken', async () => {
    const therapist = await createBookableTherapist(app, admin);
    const booking = await bookFree(app, client, therapist, TUE_1000);
    await bookFree(app, otherClient, therapist, WED_1000);
    const before = await app.em().getConnection().execute(`select starts_at, ends_at, blocked_range::text, status, updated_at from bookings where id = ?`, [booking.id]);
    const refused = await graphql(app.baseUrl, RESCHEDULE, { id: booking.id, newStartsAt: WED_1000 }, client);
    expect(errorCode(refused)).toBe('SLOT_TAKEN');
    const after = await app.em().getConnection().execute(`select starts_at, ends_at, blocked_range::text, status, updated_at from bookings where id = ?`, [booking.id]);
    expect(after).toEqual(before);

    // The same when the constraint (not the slot engine) is what refuses.
    const spy = jest.spyOn(app.app.get(BookingChecks), 'requireOpenSlot').mockResolvedValue({ settings: { bufferBeforeMinutes: 0, bufferAfterMinutes: 10 } as never, timeZone: 'America/New_York' });
    try {
      const lost = await graphql(app.baseUrl, RESCHEDULE, { id: booking.id, newStartsAt: '2026-03-04T15:30:00.000Z' }, client);
      expect(errorCode(lost)).toBe('SLOT_TAKEN');
    } finally {
      spy.mockRestore();
    }
    expect(await app.em().getConnection().execute(`select starts_at, ends_at, blocked_range::text, status, updated_at from bookings where id = ?`, [booking.id])).toEqual(before);
    const history = data(await graphql(app.baseUrl, `query ($id: ID!) { bookingHistory(bookingId: $id) { toStatus } }`, { id: booking.id }, admin)).bookingHistory;
    expect(history).toEqual([{ toStatus: 'HELD' }, { toStatus: 'CONFIRMED' }]);
  });

  it('counts one free late move; the next late move costs the late-cancel fee', async () => {
    const therapist = await paidTherapist({ cancellationWindowHours: 48, lateCancelFeePercent: 40 });
    const held = data(await holdSlot(app, client, therapist, TUE_1000)).holdSlot;
    await app.app.get(BookingsService).markPaid(held.id);
    data(await graphql(app.baseUrl, RESCHEDULE, { id: held.id, newStartsAt: TUE_1100 }, client));
    data(await graphql(app.baseUrl, RESCHEDULE, { id: held.id, newStartsAt: TUE_0900 }, client));
    const history = data(await graphql(app.baseUrl, `query ($id: ID!) { bookingHistory(bookingId: $id) { toStatus details actorRole } }`, { id: held.id }, admin)).bookingHistory;
    const moves = history.slice(2).map((event: { details: string }) => JSON.parse(event.details));
    expect(moves.map((move: { reason: string; feeMinor: number }) => [move.reason, move.feeMinor])).toEqual([
      ['RESCHEDULED_LATE_FREE', 0],
      ['RESCHEDULED_LATE', 6000],
    ]);
  });
});

describe('the status machine through the API', () => {
  it('completes and marks no-shows only after the start, and refuses every change out of a closed booking', async () => {
    let therapist = await createBookableTherapist(app, admin, { sessionType: { name: 'Therapy', kind: 'INDIVIDUAL', priceMinor: 10000 }, settings: { noShowFeePercent: 100 } });
    const service = app.app.get(BookingsService);
    const paid = async (startsAt: string) => {
      const held = data(await holdSlot(app, client, therapist, startsAt)).holdSlot;
      await service.markPaid(held.id);
      return held.id as string;
    };
    const one = await paid(TUE_0900);
    const two = await paid(TUE_1100);
    const held = data(await holdSlot(app, client, therapist, WED_1000)).holdSlot.id;

    expect(errorCode(await graphql(app.baseUrl, COMPLETE, { id: one }, therapist))).toBe('CONFLICT');
    expect(errorCode(await graphql(app.baseUrl, NO_SHOW, { id: two }, therapist))).toBe('CONFLICT');
    expect(errorCode(await graphql(app.baseUrl, COMPLETE, { id: one }, client))).toBe('FORBIDDEN');

    clock.set('2026-03-03T17:00:00Z'); // after both started; more than a day later, so log in again
    therapist = { ...therapist, ...(await logInAgain(app, therapist)) };
    const me = await logInAgain(app, client);
    expect(data(await graphql(app.baseUrl, COMPLETE, { id: one }, therapist)).completeBooking.status).toBe('COMPLETED');
    expect(data(await graphql(app.baseUrl, NO_SHOW, { id: two }, therapist)).markNoShow).toMatchObject({ status: 'NO_SHOW', cancellationFeeMinor: 10000, refundMinor: 0 });

    const refusals: [string, string, string][] = [
      [CONFIRM, one, 'confirm a completed session'],
      [CANCEL, one, 'cancel a completed session'],
      [COMPLETE, one, 'complete twice'],
      [NO_SHOW, one, 'no-show after completing'],
      [COMPLETE, two, 'complete a no-show'],
      [CANCEL, two, 'cancel a no-show'],
      [NO_SHOW, held, 'no-show a hold'],
      [COMPLETE, held, 'complete a hold'],
      [RESCHEDULE, held, 'move a hold'],
    ];
    for (const [operation, id, what] of refusals) {
      const caller = operation === RESCHEDULE || operation === CONFIRM ? me : therapist;
      const response = await graphql(app.baseUrl, operation, { id, newStartsAt: '2026-03-05T15:00:00Z' }, caller);
      expect([what, errorCode(response)]).toEqual([what, 'CONFLICT']);
    }
    // A lapsed hold (expired by now, or about to be by the job) cannot be confirmed.
    expect(errorCode(await graphql(app.baseUrl, CONFIRM, { id: held }, me))).toBe('CONFLICT');
  });

  it('keeps a history an admin can read: who, from what, to what, when', async () => {
    const therapist = await createBookableTherapist(app, admin);
    const booking = await bookFree(app, client, therapist, TUE_1000);
    data(await graphql(app.baseUrl, CANCEL, { id: booking.id, reason: 'Clash' }, client));
    const history = data(await graphql(app.baseUrl, `query ($id: ID!) { bookingHistory(bookingId: $id) { fromStatus toStatus actorRole actorEmail note at } }`, { id: booking.id }, admin)).bookingHistory;
    expect(history).toEqual([
      { fromStatus: null, toStatus: 'HELD', actorRole: 'CLIENT', actorEmail: client.email, note: null, at: NOW },
      { fromStatus: 'HELD', toStatus: 'CONFIRMED', actorRole: 'CLIENT', actorEmail: client.email, note: null, at: NOW },
      { fromStatus: 'CONFIRMED', toStatus: 'CANCELLED', actorRole: 'CLIENT', actorEmail: client.email, note: 'Clash', at: NOW },
    ]);
    const audit = await app.em().getConnection().execute(`select action from audit_events where subject_id = ? order by created_at, action`, [booking.id]);
    // The changes, and the admin's read of the history.
    expect((audit as { action: string }[]).map((row) => row.action).sort()).toEqual(['booking.cancelled', 'booking.confirmed', 'booking.held', 'booking.history_read']);
  });
});

describe('cancellation policy settings', () => {
  it('are set with the booking settings, within the domain limits', async () => {
    const therapist = await createBookableTherapist(app, admin);
    const update = (input: Record<string, unknown>) =>
      graphql(app.baseUrl, `mutation ($input: BookingSettingsInput!) { updateBookingSettings(input: $input) { settings { cancellationWindowHours lateCancelFeePercent noShowFeePercent } } }`, { input }, therapist);
    expect(data(await update({ cancellationWindowHours: 48, lateCancelFeePercent: 25, noShowFeePercent: 80 })).updateBookingSettings.settings).toEqual({
      cancellationWindowHours: 48,
      lateCancelFeePercent: 25,
      noShowFeePercent: 80,
    });
    const tooHigh = await update({ lateCancelFeePercent: 101 });
    expect(tooHigh.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lateCancelFeePercent' });
    // The database refuses out-of-range values even past the API.
    await expect(app.em().getConnection().execute(`update booking_settings set no_show_fee_percent = 150 where therapist_id = ?`, [therapist.profileId])).rejects.toThrow(/booking_settings_no_show_fee/);
  });
});

describe('weekly series', () => {
  const SERIES = `mutation ($input: BookSeriesInput!) { bookSeries(input: $input) { seriesId booked { id startsAt status seriesId } conflicts { index localDate reason alternative { startsAt localTime } } } }`;

  it('keeps 18:00 local across the change to daylight saving time and reports a taken week with its nearest alternative', async () => {
    const rules = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startLocal: '09:00', endLocal: '20:00' }));
    const therapist = await createBookableTherapist(app, admin, { rules });
    // Someone already has the third Tuesday (2026-03-17 18:00 EDT = 22:00Z).
    await bookFree(app, otherClient, therapist, '2026-03-17T22:00:00.000Z');
    const input = { therapistId: therapist.profileId, sessionTypeId: therapist.sessionTypeId, firstStartsAt: '2026-03-03T23:00:00.000Z', every: 'WEEKLY', count: 4, idempotencyKey: randomUUID(), jurisdiction: 'NY' };
    const result = data(await graphql(app.baseUrl, SERIES, { input }, client)).bookSeries;
    expect(result.booked.map((booking: { startsAt: string }) => booking.startsAt)).toEqual([
      '2026-03-03T23:00:00.000Z', // 18:00 EST
      '2026-03-10T22:00:00.000Z', // 18:00 EDT
      '2026-03-24T22:00:00.000Z',
    ]);
    expect(result.booked.every((booking: { status: string; seriesId: string }) => booking.status === 'CONFIRMED' && booking.seriesId === result.seriesId)).toBe(true);
    expect(result.conflicts).toEqual([{ index: 2, localDate: '2026-03-17', reason: 'NOT_OPEN', alternative: { startsAt: '2026-03-17T21:00:00.000Z', localTime: '17:00' } }]);
    // Asked again with the same key: the same series.
    const again = data(await graphql(app.baseUrl, SERIES, { input }, client)).bookSeries;
    expect(again.seriesId).toBe(result.seriesId);

    const CANCEL_SERIES = `mutation ($seriesId: ID!, $from: ID) { cancelSeries(seriesId: $seriesId, fromBookingId: $from) { id status } }`;
    const rest = data(await graphql(app.baseUrl, CANCEL_SERIES, { seriesId: result.seriesId, from: result.booked[1].id }, client)).cancelSeries;
    expect(rest).toEqual([
      { id: result.booked[1].id, status: 'CANCELLED' },
      { id: result.booked[2].id, status: 'CANCELLED' },
    ]);
    expect(await statusOf(result.booked[0].id)).toBe('CONFIRMED');
    expect(errorCode(await graphql(app.baseUrl, CANCEL_SERIES, { seriesId: result.seriesId }, otherClient))).toBe('NOT_FOUND');
  });

  it('refuses more than 26 occurrences, naming count', async () => {
    const therapist = await createBookableTherapist(app, admin);
    const response = await graphql(app.baseUrl, SERIES, {
      input: { therapistId: therapist.profileId, sessionTypeId: therapist.sessionTypeId, firstStartsAt: TUE_1000, every: 'BIWEEKLY', count: 27, idempotencyKey: randomUUID(), jurisdiction: 'NY' },
    }, client);
    expect(response.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'count' });
  });
});

it('shows a booking only to its parties: fields for the client never include the client block', async () => {
  const therapist = await createBookableTherapist(app, admin);
  const booking = await bookFree(app, client, therapist, TUE_1000);
  const asClient = data(await graphql(app.baseUrl, `query ($id: ID!) { booking(id: $id) { ${BOOKING_FIELDS} } }`, { id: booking.id }, client)).booking;
  expect(asClient.client).toBeNull();
  const asTherapist = data(await graphql(app.baseUrl, `query ($id: ID!) { booking(id: $id) { client { email } } }`, { id: booking.id }, therapist)).booking;
  expect(asTherapist.client).toEqual({ email: client.email });
});

it('closes lapsed holds in the expiry job, with their history, and leaves live ones alone', async () => {
  const therapist = await createBookableTherapist(app, admin);
  const lapsing = data(await holdSlot(app, client, therapist, TUE_1000)).holdSlot;
  clock.set('2026-03-02T12:05:00Z');
  const live = data(await holdSlot(app, otherClient, therapist, WED_1000)).holdSlot;
  clock.set('2026-03-02T12:11:00Z');
  const job = app.app.get(HoldExpiryJob);
  expect(await job.run()).toBeGreaterThanOrEqual(1);
  expect(await statusOf(lapsing.id)).toBe('EXPIRED');
  expect(await statusOf(live.id)).toBe('HELD');
  const history = data(await graphql(app.baseUrl, `query ($id: ID!) { bookingHistory(bookingId: $id) { toStatus actorRole note } }`, { id: lapsing.id }, admin)).bookingHistory;
  expect(history[history.length - 1]).toEqual({ toStatus: 'EXPIRED', actorRole: 'SYSTEM', note: 'Hold lapsed' });
});

it('gives the therapist a week at a time: at most 31 days per call, ends after starts', async () => {
  const therapist = await createBookableTherapist(app, admin);
  const WEEK = `query ($from: DateTime!, $to: DateTime!) { therapistBookings(from: $from, to: $to) { id } }`;
  const long = await graphql(app.baseUrl, WEEK, { from: '2026-03-01T00:00:00Z', to: '2026-04-15T00:00:00Z' }, therapist);
  expect(long.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  const backwards = await graphql(app.baseUrl, WEEK, { from: '2026-03-08T00:00:00Z', to: '2026-03-01T00:00:00Z' }, therapist);
  expect(backwards.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  expect(data(await graphql(app.baseUrl, WEEK, { from: '2026-03-01T00:00:00Z', to: '2026-03-31T00:00:00Z' }, therapist)).therapistBookings).toEqual([]);
});
