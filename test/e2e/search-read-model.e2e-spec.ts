import { createAdmin, signUpAs, TestAccount } from '../support/accounts';
import { FixedClock } from '../support/fixed-clock';
import { graphql } from '../support/graphql-client';
import { enablePayouts } from '../support/payments';
import { settleBookingWork } from '../support/settle';
import { startTestApp, TestApp } from '../support/test-app';
import { createActiveTherapist } from '../support/therapists';
import { HOLD } from '../support/bookings';
import { SearchProjection } from '../../apps/api/src/matching/search/search-projection';

// The search read model (issue #12) and who is listed as accepting new clients (issue #11 point 9).
const clock = new FixedClock(new Date('2026-03-02T12:00:00Z')); // a Monday
let app: TestApp;
let therapist: TestAccount & { profileId: string };

const SEARCH = `query ($input: SearchTherapistsInput!) { searchTherapists(input: $input) {
  items { therapist { id acceptsNewClients } reasons { code text } nextSlots { startsAt endsAt } } } }`;
const SETTINGS = `mutation ($input: BookingSettingsInput!) { updateBookingSettings(input: $input) { settings { timeZone } } }`;
const RULES = `mutation ($input: SetWeeklyRulesInput!) { setWeeklyRules(input: $input) { weeklyRules { weekday } } }`;
const CREATE_TYPE = `mutation ($input: SessionTypeInput!) { createSessionType(input: $input) { id } }`;
const ARCHIVE_TYPE = `mutation ($id: ID!) { archiveSessionType(id: $id) { id } }`;

async function listed(acceptingNewClients: boolean): Promise<{ therapist: { id: string; acceptsNewClients: boolean }; reasons: { code: string; text: string }[]; nextSlots: { startsAt: string; endsAt: string }[] } | undefined> {
  const response = await graphql(app.baseUrl, SEARCH, { input: { jurisdiction: 'NY', acceptingNewClients, timeZone: 'America/New_York' } });
  expect(response.errors).toBeUndefined();
  return response.data!.searchTherapists.items.find((item: { therapist: { id: string } }) => item.therapist.id === therapist.profileId);
}

const row = async () =>
  (await app.em().getConnection().execute<{ accepting: boolean; availability_stale: boolean; open_slot_starts: number[]; next_open_at: string | null }[]>(
    `select accepting, availability_stale, open_slot_starts, to_char(next_open_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI') as next_open_at from therapist_search where therapist_id = ?`,
    [therapist.profileId],
  ))[0];

beforeAll(async () => {
  app = await startTestApp({ clock });
  const admin = await createAdmin(app);
  therapist = await createActiveTherapist(app, admin, { profile: { displayName: 'Dr. Rowan Pike', acceptsNewClients: true } });
});
afterAll(() => app.close());

describe('listed as accepting new clients only when they can be booked', () => {
  let paidTypeId: string;

  const PROFILE = `query ($id: ID!) { therapist(id: $id) { acceptsNewClients } }`;
  const profileSays = async (viewer?: TestAccount) => (await graphql(app.baseUrl, PROFILE, { id: therapist.profileId }, viewer)).data!.therapist.acceptsNewClients;

  it('not before weekly hours and a bookable session type, though listed', async () => {
    expect(await listed(false)).toMatchObject({ therapist: { acceptsNewClients: false } });
    // The public profile page agrees with search; the owner still sees their own switch.
    expect(await profileSays()).toBe(false);
    expect(await profileSays(therapist)).toBe(true);
    expect(await listed(true)).toBeUndefined();
    await graphql(app.baseUrl, SETTINGS, { input: { timeZone: 'America/New_York', minimumNoticeMinutes: 0, slotStepMinutes: 60 } }, therapist);
    await graphql(app.baseUrl, RULES, { input: { rules: [{ weekday: 3, startLocal: '09:00', endLocal: '12:00' }] } }, therapist);
    expect(await listed(true)).toBeUndefined();
  });

  it('not with only a paid session before payouts can take charges; then yes', async () => {
    const created = await graphql(app.baseUrl, CREATE_TYPE, { input: { name: 'Session', kind: 'INDIVIDUAL', durationMinutes: 50, priceMinor: 15000, formats: ['VIDEO'] } }, therapist);
    paidTypeId = created.data!.createSessionType.id;
    expect(await listed(true)).toBeUndefined();
    await enablePayouts(app, therapist);
    expect(await listed(true)).toMatchObject({ therapist: { acceptsNewClients: true } });
    expect(await profileSays()).toBe(true);
  });

  it('not once the only session type is archived; a free consultation is enough', async () => {
    await graphql(app.baseUrl, ARCHIVE_TYPE, { id: paidTypeId }, therapist);
    expect(await listed(true)).toBeUndefined();
    expect(await profileSays()).toBe(false);
    await graphql(app.baseUrl, CREATE_TYPE, { input: { name: 'Free call', kind: 'CONSULTATION', durationMinutes: 15, priceMinor: 0, formats: ['VIDEO'] } }, therapist);
    expect(await listed(true)).toMatchObject({ therapist: { acceptsNewClients: true } });
    expect((await row()).accepting).toBe(true);
  });
});

describe('the availability summary', () => {
  it('is computed from the outbox events, ranks like the slot engine, and a booking flags it stale until recomputed', async () => {
    await settleBookingWork(app);
    const fresh = await row();
    expect(fresh.availability_stale).toBe(false);
    // Wednesday 4 March, 09:00–12:00 New York, hourly starts of a standard 50-minute session (no individual type left): 14:00, 15:00, 16:00 UTC, and the next week's.
    expect(fresh.next_open_at).toBe('2026-03-04T14:00');
    expect(fresh.open_slot_starts.length).toBe(6);
    const before = await listed(true);
    expect(before!.reasons.find((reason) => reason.code === 'AVAILABILITY_FIT')?.text).toBe('Has 6 open times in the next 2 weeks');

    const client = await signUpAs(app, 'CLIENT');
    const sessionTypes = await graphql(app.baseUrl, `query ($id: ID!) { therapist(id: $id) { sessionTypes { id } } }`, { id: therapist.profileId });
    const held = await graphql(app.baseUrl, HOLD, { input: { therapistId: therapist.profileId, sessionTypeId: sessionTypes.data!.therapist.sessionTypes[0].id, startsAt: '2026-03-04T14:00:00.000Z', idempotencyKey: 'read-model-hold', jurisdiction: 'NY' } }, client);
    expect(held.errors).toBeUndefined();
    // The trigger flags the row in the booking's own transaction; the search computes it exactly meanwhile.
    expect((await row()).availability_stale).toBe(true);
    const during = await listed(true);
    expect(during!.reasons.find((reason) => reason.code === 'AVAILABILITY_FIT')?.text).toBe('Has 5 open times in the next 2 weeks');
    expect(during!.nextSlots[0].startsAt).toBe('2026-03-04T15:00:00.000Z');

    await settleBookingWork(app);
    const recomputed = await row();
    expect(recomputed).toMatchObject({ availability_stale: false, next_open_at: '2026-03-04T15:00' });
    expect(recomputed.open_slot_starts.length).toBe(5);
    // The hold frees its time when it lapses, without a write: the summary answers only until then.
    const [{ exact_until_is_hold_expiry }] = await app.em().getConnection().execute<{ exact_until_is_hold_expiry: boolean }[]>(
      `select s.availability_exact_until = b.hold_expires_at as exact_until_is_hold_expiry from therapist_search s join bookings b on b.therapist_id = s.therapist_id where s.therapist_id = ?`,
      [therapist.profileId],
    );
    expect(exact_until_is_hold_expiry).toBe(true);
  });

  it("gives the page's open times from the summary, each as long as the shortest individual session", async () => {
    const created = await graphql(app.baseUrl, CREATE_TYPE, { input: { name: 'Short session', kind: 'INDIVIDUAL', durationMinutes: 45, priceMinor: 0, formats: ['VIDEO'] } }, therapist);
    expect(created.errors).toBeUndefined();
    expect((await row()).availability_stale).toBe(true);
    await settleBookingWork(app);
    expect((await row()).availability_stale).toBe(false);
    const shown = await listed(true);
    expect(shown!.nextSlots.length).toBeGreaterThan(0);
    for (const slot of shown!.nextSlots) expect(Date.parse(slot.endsAt) - Date.parse(slot.startsAt)).toBe(45 * 60_000);
  });
});

describe('the rows the ranking reads', () => {
  it('follow a write at once, and leave out a therapist whose licenses have all lapsed by the calendar', async () => {
    const projection = app.app.get(SearchProjection);
    const languagesNow = async () => (await projection.rowsFor([therapist.profileId])).get(therapist.profileId)?.languages;
    const before = await languagesNow();
    expect(before).toBeDefined();
    await app.em().getConnection().execute(`update therapist_profiles set languages = array['en', 'uk'] where id = ?`, [therapist.profileId]);
    expect(await languagesNow()).toEqual(['en', 'uk']);
    // No write at all: the calendar passes every license's expiry.
    const [{ latest }] = await app.em().getConnection().execute<{ latest: string }[]>(
      `select to_char(latest_license_expiry + 1, 'YYYY-MM-DD') as latest from therapist_search where therapist_id = ?`,
      [therapist.profileId],
    );
    const now = clock.now();
    clock.set(`${latest}T12:00:00Z`);
    try {
      expect(await languagesNow()).toBeUndefined();
    } finally {
      clock.set(now);
    }
  });

  // The API keeps rows it has parsed (SEARCH_ROW_CACHE_ROWS) and checks each one's version on every read.
  const rowNow = async () => (await app.app.get(SearchProjection).rowsFor([therapist.profileId])).get(therapist.profileId);
  const MINUTE_MS = 60_000;

  /** Sets the row's summary directly (no trigger writes it): open starts this many minutes from the clock, fresh for a day. */
  async function summaryStartingIn(minutesFromNow: number[]): Promise<number> {
    const nowMinute = Math.floor(clock.now().getTime() / MINUTE_MS);
    await app.em().getConnection().execute(
      `update therapist_search set open_slot_starts = ?::int[], availability_stale = false, minimum_notice_minutes = 0, horizon_days = null,
         availability_exact_until = ?::timestamptz + interval '1 day' where therapist_id = ?`,
      [`{${minutesFromNow.map((minutes) => nowMinute + minutes).join(',')}}`, clock.now(), therapist.profileId],
    );
    return nowMinute * MINUTE_MS;
  }

  it('read again with no write in between are the very same rows, and any write shows at once', async () => {
    const nowMs = await summaryStartingIn([30, 120]);
    const first = await rowNow();
    expect(first!.summarySlotStartsMs).toEqual([nowMs + 30 * MINUTE_MS, nowMs + 120 * MINUTE_MS]);
    expect(await rowNow()).toBe(first);
    // Another connection writes the row: the next read has it, though the process kept the old one.
    await summaryStartingIn([45]);
    expect((await rowNow())!.summarySlotStartsMs).toEqual([nowMs + 45 * MINUTE_MS]);
    await app.em().getConnection().execute(`update therapist_search set availability_stale = true where therapist_id = ?`, [therapist.profileId]);
    expect((await rowNow())!.summarySlotStartsMs).toBeNull();
  });

  it("ranked as they read now: a search after a write to the row counts the new row's open times", async () => {
    const openTimesReason = async () => (await listed(false))?.reasons.find((reason) => reason.code === 'AVAILABILITY_FIT')?.text;
    try {
      await summaryStartingIn([30, 120]);
      expect(await openTimesReason()).toBe('Has 2 open times in the next 2 weeks');
      // The same row again: the ranking's input for it may be reused. Written since: never.
      expect(await openTimesReason()).toBe('Has 2 open times in the next 2 weeks');
      await summaryStartingIn([45]);
      expect(await openTimesReason()).toBe('Has 1 open time in the next 2 weeks');
    } finally {
      await app.app.get(SearchProjection).refreshAvailability([therapist.profileId]);
    }
  });

  it('kept by the process, follow the clock: an open time that has passed leaves, and a summary past its day stops answering', async () => {
    const nowMs = await summaryStartingIn([30, 120]);
    const now = clock.now();
    try {
      expect((await rowNow())!.summarySlotStartsMs).toHaveLength(2);
      clock.set(new Date(nowMs + 60 * MINUTE_MS));
      expect((await rowNow())!.summarySlotStartsMs).toEqual([nowMs + 120 * MINUTE_MS]);
      clock.set(new Date(now.getTime() + 25 * 60 * MINUTE_MS));
      expect((await rowNow())!.summarySlotStartsMs).toBeNull();
    } finally {
      clock.set(now);
      await app.app.get(SearchProjection).refreshAvailability([therapist.profileId]);
    }
  });
});
