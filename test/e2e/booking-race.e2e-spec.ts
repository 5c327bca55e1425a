import { randomUUID } from 'node:crypto';
import { createAdmin, signUpAs, TestAccount } from '../support/accounts';
import { BookableTherapist, bookFree, createBookableTherapist, HOLD, RESCHEDULE } from '../support/bookings';
import { FixedClock } from '../support/fixed-clock';
import { graphql, GraphqlResponse } from '../support/graphql-client';
import { startTestApp, TestApp } from '../support/test-app';

// 500 concurrent holdSlot and rescheduleBooking calls over overlapping ranges,
// per seed: the database must end with no two active bookings of a therapist
// overlapping (checked in SQL), every loser must get SLOT_TAKEN, and nothing
// may be a 5xx. BOOKING_RACE_SEEDS=20 runs more seeds (default 3: about 50 s on an
// idle 2-core machine, longer when other work shares it).

const SEEDS = Number(process.env.BOOKING_RACE_SEEDS ?? 3);
const CALLS = 500;
const RESCHEDULES = 100;
const CLIENTS = 10;
const clock = new FixedClock(new Date('2026-03-02T12:00:00Z')); // Monday, 07:00 in New York

/** mulberry32: a small seeded generator, so a failing seed can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let app: TestApp;
let admin: TestAccount;
let clients: TestAccount[];

beforeAll(async () => {
  app = await startTestApp({ clock });
  admin = await createAdmin(app);
  clients = [];
  for (let i = 0; i < CLIENTS; i++) clients.push(await signUpAs(app, 'CLIENT'));
});
afterAll(() => app.close());

/** Pairs of slot-blocking bookings of one therapist whose blocked ranges overlap: must be none. */
async function overlappingActivePairs(therapistId: string): Promise<number> {
  const [row] = await app.em().getConnection().execute(
    `select count(*)::int as pairs from bookings a join bookings b
       on a.therapist_id = b.therapist_id and a.id < b.id and a.blocked_range && b.blocked_range
     where a.therapist_id = ? and a.status in ('HELD', 'CONFIRMED') and b.status in ('HELD', 'CONFIRMED')`,
    [therapistId],
  );
  return row.pairs;
}

describe.each(Array.from({ length: SEEDS }, (_, index) => [index + 1]))('race, seed %i', (seed) => {
  let therapist: BookableTherapist;
  let movable: { id: string; client: TestAccount }[];

  beforeAll(async () => {
    // 50-minute sessions on a 10-minute step with a 10-minute buffer: neighbouring starts overlap heavily.
    therapist = await createBookableTherapist(app, admin, { settings: { slotStepMinutes: 10, bufferAfterMinutes: 10 } });
    // Confirmed bookings on Thursday, to be moved into the contested Tuesday.
    movable = [];
    for (let i = 0; i < 8; i++) {
      const client = clients[i % CLIENTS];
      const startsAt = new Date(Date.UTC(2026, 2, 5, 14 + i, 0)).toISOString(); // Thursday 09:00 … 16:00 EST
      movable.push({ id: (await bookFree(app, client, therapist, startsAt)).id, client });
    }
  });

  it(`ends with no overlapping active bookings, every loser SLOT_TAKEN and no 5xx (${CALLS} concurrent calls)`, async () => {
    const next = random(seed * 7919);
    // Tuesday 09:00–16:10 EST on the 10-minute step: 44 starts, each overlapping its neighbours.
    const starts = Array.from({ length: 44 }, (_, i) => new Date(Date.UTC(2026, 2, 3, 14, i * 10)).toISOString());
    const pick = <T,>(items: readonly T[]) => items[Math.floor(next() * items.length)];
    const calls: { kind: 'hold' | 'move'; run: () => Promise<GraphqlResponse<Record<string, any>>> }[] = [];
    for (let i = 0; i < CALLS; i++) {
      const startsAt = pick(starts);
      if (i % (CALLS / RESCHEDULES) === 0) {
        const booking = pick(movable);
        calls.push({ kind: 'move', run: () => graphql(app.baseUrl, RESCHEDULE, { id: booking.id, newStartsAt: startsAt }, booking.client) });
      } else {
        const client = pick(clients);
        const input = { therapistId: therapist.profileId, sessionTypeId: therapist.sessionTypeId, startsAt, idempotencyKey: randomUUID(), jurisdiction: 'NY' };
        calls.push({ kind: 'hold', run: () => graphql(app.baseUrl, HOLD, { input }, client) });
      }
    }

    const responses = await Promise.all(calls.map(async (call) => ({ kind: call.kind, response: await call.run() })));

    const serverErrors = responses.filter(({ response }) => response.status >= 500 || response.errors?.some((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR'));
    expect(serverErrors).toEqual([]);
    const otherRefusals = responses.flatMap(({ kind, response }) =>
      (response.errors ?? []).filter((error) => error.extensions?.code !== 'SLOT_TAKEN').map((error) => `${kind}: ${error.extensions?.code} ${error.message}`));
    expect(otherRefusals).toEqual([]);
    expect(await overlappingActivePairs(therapist.profileId)).toBe(0);

    // Winners are real: every successful hold is an active booking, and at least one call won. Holds
    // may all lose: the 8 moved bookings can tile Tuesday (8 × 60 blocked minutes in 480) before
    // the first hold commits, which CI's slower scheduling once produced for seed 3.
    const heldIds = responses.flatMap(({ kind, response }) => (kind === 'hold' && response.data?.holdSlot ? [response.data.holdSlot.id as string] : []));
    const moved = responses.filter(({ kind, response }) => kind === 'move' && response.data?.rescheduleBooking).length;
    expect(heldIds.length + moved).toBeGreaterThan(0);
    const [active] = await app.em().getConnection().execute(
      `select count(*)::int as n from bookings where id = any(?::uuid[]) and status = 'HELD'`,
      [`{${heldIds.join(',')}}`],
    );
    expect(active.n).toBe(heldIds.length);
    const losers = responses.filter(({ response }) => response.errors?.length).length;
    expect(losers + heldIds.length + moved).toBe(CALLS);
  }, 240_000); // 500 concurrent calls: about 23 s in a full run here, and over twice that on CI
});
