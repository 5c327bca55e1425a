import { randomUUID } from 'node:crypto';
import { TestAccount } from './accounts';
import { graphql, GraphqlResponse } from './graphql-client';
import { TestApp } from './test-app';
import { enablePayouts } from './payments';
import { createActiveTherapist } from './therapists';

export const BOOKING_FIELDS = `id status startsAt endsAt holdExpiresAt priceMinor currency paymentStatus checkoutUrl format seriesId
  cancelledBy cancelReason cancellationFeeMinor refundMinor policyText createdAt
  therapist { id displayName timeZone } client { id email displayName } sessionType { id name durationMinutes priceMinor }
  cancellationPreview { freeUntil freeNow costMinor text } where { format address joinUrl instructions }`;

export const HOLD = `mutation ($input: HoldSlotInput!) { holdSlot(input: $input) { ${BOOKING_FIELDS} } }`;
export const CONFIRM = `mutation ($id: ID!) { confirmBooking(id: $id) { ${BOOKING_FIELDS} } }`;
export const CANCEL = `mutation ($id: ID!, $reason: String) { cancelBooking(id: $id, reason: $reason) { ${BOOKING_FIELDS} } }`;
export const RESCHEDULE = `mutation ($id: ID!, $newStartsAt: DateTime!) { rescheduleBooking(id: $id, newStartsAt: $newStartsAt) { ${BOOKING_FIELDS} } }`;
export const COMPLETE = `mutation ($id: ID!) { completeBooking(id: $id) { ${BOOKING_FIELDS} } }`;
export const NO_SHOW = `mutation ($id: ID!) { markNoShow(id: $id) { ${BOOKING_FIELDS} } }`;
export const SLOTS = `query ($therapistId: ID!, $sessionTypeId: ID!, $from: DateTime!, $to: DateTime!) {
  availableSlots(therapistId: $therapistId, sessionTypeId: $sessionTypeId, from: $from, to: $to, timeZone: "UTC") { slots { startsAt endsAt } } }`;

export interface BookableTherapist extends TestAccount {
  profileId: string;
  sessionTypeId: string;
}

async function must(app: TestApp, query: string, variables: Record<string, unknown>, caller?: { token: string }) {
  const response = await graphql(app.baseUrl, query, variables, caller);
  if (!response.data || response.errors) throw new Error(`fixture step failed: ${query}\n${JSON.stringify(response.errors)}`);
  return response.data as Record<string, any>;
}

/**
 * An ACTIVE therapist licensed in NY with weekly hours (ISO weekdays, local
 * times in `timeZone`), one session type and the booking settings given.
 */
export async function createBookableTherapist(
  app: TestApp,
  admin: TestAccount,
  options: {
    timeZone?: string;
    rules?: { weekday: number; startLocal: string; endLocal: string }[];
    settings?: Record<string, unknown>;
    sessionType?: Record<string, unknown>;
    profile?: Record<string, unknown>;
  } = {},
): Promise<BookableTherapist> {
  const timeZone = options.timeZone ?? 'America/New_York';
  const therapist = await createActiveTherapist(app, admin, { timeZone, profile: options.profile });
  const rules = options.rules ?? [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startLocal: '09:00', endLocal: '17:00' }));
  await must(app, `mutation ($input: SetWeeklyRulesInput!) { setWeeklyRules(input: $input) { weeklyRules { weekday } } }`, { input: { rules } }, therapist);
  await must(
    app,
    `mutation ($input: BookingSettingsInput!) { updateBookingSettings(input: $input) { settings { timeZone } } }`,
    { input: { timeZone, bufferBeforeMinutes: 0, bufferAfterMinutes: 10, minimumNoticeMinutes: 60, slotStepMinutes: 30, ...options.settings } },
    therapist,
  );
  const sessionType = await must(
    app,
    `mutation ($input: SessionTypeInput!) { createSessionType(input: $input) { id } }`,
    { input: { name: 'Consultation', kind: 'CONSULTATION', durationMinutes: 50, priceMinor: 0, formats: ['VIDEO'], ...options.sessionType } },
    therapist,
  );
  // Paid sessions need an account that can take charges (payments onboarding on the emulator).
  if (Number(options.sessionType?.priceMinor ?? 0) > 0) await enablePayouts(app, therapist);
  return { ...therapist, sessionTypeId: sessionType.createSessionType.id };
}

export function holdSlot(
  app: TestApp,
  client: TestAccount,
  therapist: BookableTherapist,
  startsAt: string,
  extra: Record<string, unknown> = {},
): Promise<GraphqlResponse<Record<string, any>>> {
  return graphql(app.baseUrl, HOLD, {
    input: { therapistId: therapist.profileId, sessionTypeId: therapist.sessionTypeId, startsAt, idempotencyKey: randomUUID(), jurisdiction: 'NY', ...extra },
  }, client);
}

/** Holds and confirms a free session, failing the test on any error. */
export async function bookFree(app: TestApp, client: TestAccount, therapist: BookableTherapist, startsAt: string): Promise<Record<string, any>> {
  const held = await holdSlot(app, client, therapist, startsAt);
  if (held.errors) throw new Error(`hold failed: ${JSON.stringify(held.errors)}`);
  return (await must(app, CONFIRM, { id: held.data!.holdSlot.id }, client)).confirmBooking;
}

export async function openStarts(app: TestApp, therapist: BookableTherapist, from: string, to: string): Promise<string[]> {
  const data = await must(app, SLOTS, { therapistId: therapist.profileId, sessionTypeId: therapist.sessionTypeId, from, to });
  return data.availableSlots.slots.map((slot: { startsAt: string }) => slot.startsAt);
}
