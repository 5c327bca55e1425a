import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSchema, getNamedType, GraphQLField, GraphQLObjectType, isLeafType } from 'graphql';
import { buildMatrixWorld, ICS_TEXT, MatrixWorld, SESSION_TYPE_INPUT } from '../support/authorization-fixtures';
import { logInAgain, TEST_PASSWORD, TestAccount } from '../support/accounts';
import { FixedClock } from '../support/fixed-clock';
import { graphql, GraphqlResponse } from '../support/graphql-client';
import { startTestApp, TestApp } from '../support/test-app';

// Who may call every Query and Mutation in apps/api/schema.gql, asked over HTTP as
// five callers, with arguments naming real objects of "therapist" so ownership is
// exercised. A new operation fails this file until it is classified below.
//
//   pass       the guard let it through (the resolver ran; input errors may follow)
//   UNAUTH     refused with UNAUTHENTICATED
//   FORBIDDEN  refused with FORBIDDEN
//   NOT_OWNER  someone else's object: FORBIDDEN or NOT_FOUND, never its data

type Cell = 'pass' | 'UNAUTH' | 'FORBIDDEN' | 'NOT_OWNER';
const CALLERS = ['anonymous', 'client', 'therapist', 'otherTherapist', 'admin'] as const;
type CallerName = (typeof CALLERS)[number];
type Row = Record<CallerName, Cell>;
const row = (anonymous: Cell, client: Cell, therapist: Cell, otherTherapist: Cell, admin: Cell): Row => ({ anonymous, client, therapist, otherTherapist, admin });

const PUBLIC = row('pass', 'pass', 'pass', 'pass', 'pass');
const SIGNED_IN = row('UNAUTH', 'pass', 'pass', 'pass', 'pass');
const CLIENT_ONLY = row('UNAUTH', 'pass', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN');
const THERAPISTS = row('UNAUTH', 'FORBIDDEN', 'pass', 'pass', 'FORBIDDEN');
const OWNING_THERAPIST = row('UNAUTH', 'FORBIDDEN', 'pass', 'NOT_OWNER', 'FORBIDDEN');
const ADMIN_ONLY = row('UNAUTH', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'pass');
// A booking's two parties, and admins; another therapist is told it does not exist.
const BOOKING_PARTIES = row('UNAUTH', 'pass', 'pass', 'NOT_OWNER', 'pass');
const BOOKING_PARTIES_NOT_ADMIN = row('UNAUTH', 'pass', 'pass', 'NOT_OWNER', 'FORBIDDEN');

const OVERRIDE_DATE = '2026-12-24';
let sequence = 0;

interface Classified {
  expected: Row;
  args?: (world: MatrixWorld) => Record<string, unknown>;
  /** The operation ends the caller's session: each caller uses a fresh one. */
  freshSession?: boolean;
}

const QUERIES: Record<string, Classified> = {
  adminPaymentIssues: { expected: ADMIN_ONLY },
  adminTherapists: { expected: ADMIN_ONLY, args: () => ({ input: { query: 'test' } }) },
  auditEvents: { expected: ADMIN_ONLY },
  availableSlots: {
    expected: PUBLIC,
    args: (w) => ({ therapistId: w.therapist.profileId, sessionTypeId: w.therapist.sessionTypeId, from: '2026-11-30T00:00:00Z', to: '2026-12-07T00:00:00Z', timeZone: 'America/New_York' }),
  },
  booking: { expected: BOOKING_PARTIES, args: (w) => ({ id: w.bookings.bookingId }) },
  bookingTerms: { expected: PUBLIC, args: (w) => ({ therapistId: w.therapist.profileId, sessionTypeId: w.therapist.sessionTypeId, startsAt: '2026-12-02T15:00:00Z' }) },
  bookingHistory: { expected: ADMIN_ONLY, args: (w) => ({ bookingId: w.bookings.bookingId }) },
  // A client's health data: only a therapist the client has booked (another therapist is refused, never shown it).
  clientHealthRecord: { expected: OWNING_THERAPIST, args: (w) => ({ clientId: w.client.id }) },
  licenseReviewQueue: { expected: ADMIN_ONLY },
  // Development only (absent in production): each signed-in person sees the mail sent to their own address.
  localMailbox: { expected: SIGNED_IN },
  localMailboxEnabled: { expected: PUBLIC },
  me: { expected: PUBLIC },
  myAvailability: { expected: THERAPISTS },
  myBookings: { expected: CLIENT_ONLY },
  myGoals: { expected: CLIENT_ONLY },
  myHealthDataReads: { expected: CLIENT_ONLY },
  myIntake: { expected: CLIENT_ONLY },
  // An unfinished intake: health data, its client's only.
  myIntakeDraft: { expected: CLIENT_ONLY },
  myWaitlist: { expected: CLIENT_ONLY },
  pendingSessionRatings: { expected: CLIENT_ONLY },
  rematch: { expected: CLIENT_ONLY, args: () => ({ input: { timeZone: 'America/New_York' } }) },
  myLicenses: { expected: THERAPISTS },
  myEarnings: { expected: THERAPISTS, args: () => ({ period: 'MONTH' }) },
  myPayoutStatus: { expected: THERAPISTS },
  myReceipts: { expected: CLIENT_ONLY },
  paymentMismatches: { expected: ADMIN_ONLY },
  mySessionTypes: { expected: THERAPISTS },
  myTherapistProfile: { expected: THERAPISTS },
  nextSlots: { expected: PUBLIC, args: (w) => ({ therapistIds: [w.therapist.profileId], timeZone: 'America/New_York' }) },
  searchTherapists: { expected: PUBLIC, args: () => ({ input: { timeZone: 'America/New_York' } }) },
  suspendedTherapists: { expected: ADMIN_ONLY },
  taxonomy: { expected: PUBLIC },
  therapistBookings: { expected: THERAPISTS, args: () => ({ from: '2026-11-30T00:00:00Z', to: '2026-12-07T00:00:00Z' }) },
  therapist: { expected: PUBLIC, args: (w) => ({ id: w.therapist.profileId }) },
};

const MUTATIONS: Record<string, Classified> = {
  addCalendarFeed: { expected: THERAPISTS, args: () => ({ input: { name: 'Feed', url: 'http://127.0.0.1:9/calendar.ics' } }) },
  addGoal: { expected: CLIENT_ONLY, args: () => ({ input: { text: 'Call a friend weekly' } }) },
  addGoalCheckIn: { expected: CLIENT_ONLY, args: (w) => ({ input: { goalProgress: [{ goalId: w.client.goalId, progress: 5 }] } }) },
  archiveGoal: { expected: CLIENT_ONLY, args: (w) => ({ id: w.client.goalToArchiveId }) },
  archiveSessionType: { expected: OWNING_THERAPIST, args: (w) => ({ id: w.therapist.sessionTypeToArchiveId }) },
  bookSeries: {
    expected: CLIENT_ONLY,
    args: (w) => ({ input: { therapistId: w.therapist.profileId, sessionTypeId: w.therapist.sessionTypeId, firstStartsAt: '2026-12-02T15:00:00Z', every: 'WEEKLY', count: 2, idempotencyKey: `matrix-series-${++sequence}`, jurisdiction: 'NY' } }),
  },
  cancelBooking: { expected: BOOKING_PARTIES, args: (w) => ({ id: w.bookings.bookingToCancelId, reason: 'Matrix' }) },
  cancelSeries: { expected: BOOKING_PARTIES, args: (w) => ({ seriesId: w.bookings.seriesId }) },
  changeEmail: { expected: SIGNED_IN, args: () => ({ input: { newEmail: `matrix-moved-${++sequence}@example.com`, currentPassword: 'not-the-current-one' } }) },
  // An invalid zone: the guard decides before validation, and no caller's zone changes under the other rows.
  changeTimeZone: { expected: SIGNED_IN, args: () => ({ input: { timeZone: 'Not/AZone' } }) },
  deleteMyAccount: { expected: SIGNED_IN, args: () => ({ input: { currentPassword: 'not-the-current-one' } }) },
  exportMyData: { expected: SIGNED_IN },
  requestPasswordReset: { expected: PUBLIC, args: () => ({ input: { email: 'matrix-nobody@example.com' } }) },
  // The type archiveSessionType archives: restoring it (in whichever order the rows run) leaves other rows' data alone.
  restoreSessionType: { expected: OWNING_THERAPIST, args: (w) => ({ id: w.therapist.sessionTypeToArchiveId }) },
  resetPassword: { expected: PUBLIC, args: () => ({ input: { token: 'not-a-reset-token', newPassword: 'amber-lighthouse-evening' } }) },
  changePassword: { expected: SIGNED_IN, args: () => ({ input: { currentPassword: 'not-the-current-one', newPassword: 'amber-lighthouse-evening' } }) },
  completeBooking: { expected: OWNING_THERAPIST, args: (w) => ({ id: w.bookings.bookingId }) },
  confirmBooking: { expected: CLIENT_ONLY, args: (w) => ({ id: w.bookings.bookingId }) },
  // The checkout return page: the client's own booking (another's is NOT_FOUND, as for every booking).
  confirmCheckout: { expected: CLIENT_ONLY, args: (w) => ({ bookingId: w.bookings.bookingId }) },
  createSessionType: { expected: THERAPISTS, args: () => ({ input: SESSION_TYPE_INPUT }) },
  joinWaitlist: { expected: CLIENT_ONLY, args: (w) => ({ input: { therapistId: w.therapist.profileId, jurisdiction: 'NY' } }) },
  // Clients only; an entry that is not the caller's (here: none) is NOT_FOUND.
  leaveWaitlist: { expected: row('UNAUTH', 'NOT_OWNER', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'), args: () => ({ id: '00000000-0000-4000-8000-000000000009' }) },
  logIn: { expected: PUBLIC, args: (w) => ({ input: { email: w.client.email, password: TEST_PASSWORD } }) },
  holdSlot: {
    expected: CLIENT_ONLY,
    args: (w) => ({ input: { therapistId: w.therapist.profileId, sessionTypeId: w.therapist.sessionTypeId, startsAt: '2026-12-03T15:00:00Z', idempotencyKey: `matrix-hold-${++sequence}x`, jurisdiction: 'NY' } }),
  },
  logOut: { expected: SIGNED_IN, freshSession: true },
  markNoShow: { expected: OWNING_THERAPIST, args: (w) => ({ id: w.bookings.bookingId }) },
  refreshPayoutStatus: { expected: THERAPISTS },
  refreshCalendar: { expected: OWNING_THERAPIST, args: (w) => ({ id: w.therapist.calendarId }) },
  // Clients only; a booking that is not the caller's completed session is NOT_FOUND.
  rateSession: { expected: row('UNAUTH', 'NOT_OWNER', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'), args: (w) => ({ input: { bookingId: w.bookings.bookingId, relationship: 9, goalsAndTopics: 9, approachOrMethod: 9, overall: 9 } }) },
  rotateCalendarFeedToken: { expected: THERAPISTS },
  // Clients only; without a rematch offer there is nothing to share (CONFLICT reaches the resolver: a pass).
  shareIntakeWithNextTherapist: { expected: CLIENT_ONLY },
  reinstateTherapist: { expected: ADMIN_ONLY, args: (w) => ({ input: { therapistId: w.moderation.profileToReinstateId, reason: 'Board confirmed good standing.' } }) },
  rejectLicense: { expected: ADMIN_ONLY, args: (w) => ({ input: { licenseId: w.moderation.licenseToRejectId, reason: 'The number does not match the board record.' } }) },
  rescheduleBooking: { expected: BOOKING_PARTIES_NOT_ADMIN, args: (w) => ({ id: w.bookings.bookingId, newStartsAt: '2026-12-04T15:00:00Z' }) },
  removeCalendar: { expected: OWNING_THERAPIST, args: (w) => ({ id: w.therapist.calendarToRemoveId }) },
  removeDateOverride: { expected: THERAPISTS, args: () => ({ date: OVERRIDE_DATE }) },
  setDateOverride: { expected: THERAPISTS, args: () => ({ input: { date: OVERRIDE_DATE, windows: [] } }) },
  setWeeklyRules: { expected: THERAPISTS, args: () => ({ input: { rules: [{ weekday: 1, startLocal: '09:00', endLocal: '12:00' }] } }) },
  signUp: { expected: PUBLIC, args: () => ({ input: { email: `matrix-${++sequence}@example.com`, password: TEST_PASSWORD, role: 'CLIENT' } }) },
  startPayoutOnboarding: { expected: THERAPISTS },
  // The pay-now page: the client's own booking (here not due, so CONFLICT after the guard).
  payBookingNow: { expected: CLIENT_ONLY, args: (w) => ({ bookingId: w.bookings.bookingId }) },
  runPaymentReconciliation: { expected: ADMIN_ONLY },
  // Admins only; no such mismatch (here: none) is NOT_FOUND after the guard.
  resolvePaymentMismatch: { expected: row('UNAUTH', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'NOT_OWNER'), args: () => ({ input: { id: '00000000-0000-4000-8000-00000000000a', note: 'Checked in the dashboard.' } }) },
  saveIntakeDraft: { expected: CLIENT_ONLY, args: () => ({ input: { answers: '{"goals":["matrix"]}', stepIndex: 1 } }) },
  discardIntakeDraft: { expected: CLIENT_ONLY },
  submitIntake: { expected: CLIENT_ONLY, args: () => ({ input: { concerns: [{ code: 'ANXIETY', priority: 1 }], jurisdiction: 'NY', timeZone: 'America/New_York' } }) },
  submitLicense: { expected: THERAPISTS, args: () => ({ input: { licenseType: 'LPC', number: `MTX-${++sequence}`, jurisdiction: 'NJ', expiresOn: '2031-06-30' } }) },
  suspendTherapist: { expected: ADMIN_ONLY, args: (w) => ({ input: { therapistId: w.moderation.profileToSuspendId, reason: 'Complaint under review.' } }) },
  updateBookingSettings: { expected: THERAPISTS, args: () => ({ input: { slotStepMinutes: 30 } }) },
  updateSessionType: { expected: OWNING_THERAPIST, args: (w) => ({ id: w.therapist.sessionTypeId, input: { ...SESSION_TYPE_INPUT, name: 'Weekly session' } }) },
  updateTherapistProfile: { expected: THERAPISTS, args: () => ({ input: { headline: 'Steady, practical help' } }) },
  uploadCalendar: { expected: THERAPISTS, args: () => ({ input: { name: 'Another calendar', icsText: ICS_TEXT } }) },
  verifyLicense: { expected: ADMIN_ONLY, args: (w) => ({ licenseId: w.moderation.licenseToVerifyId }) },
};

const schema = buildSchema(readFileSync(resolve(__dirname, '../../apps/api/schema.gql'), 'utf8'));
const ROOTS = [
  { keyword: 'query', type: schema.getQueryType()!, table: QUERIES },
  { keyword: 'mutation', type: schema.getMutationType()!, table: MUTATIONS },
] as const;
const fieldsOf = (type: GraphQLObjectType) => Object.values(type.getFields());

/** One operation document for a root field: only the arguments given, `__typename` for objects. */
function documentFor(keyword: string, field: GraphQLField<unknown, unknown>, variables: Record<string, unknown>): string {
  const missing = field.args.filter((arg) => String(arg.type).endsWith('!') && arg.defaultValue === undefined && !(arg.name in variables));
  if (missing.length) throw new Error(`${field.name}: give ${missing.map((arg) => arg.name).join(', ')} in its row`);
  const args = field.args.filter((arg) => arg.name in variables);
  const definitions = args.length ? `(${args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ')})` : '';
  const call = args.length ? `(${args.map((arg) => `${arg.name}: $${arg.name}`).join(', ')})` : '';
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `${keyword} Matrix${definitions} { ${field.name}${call}${selection} }`;
}

/** What a caller got, in the table's words. A refusal before the resolver ran (bad variables) is never a pass. */
function cellOf(field: string, response: GraphqlResponse): string {
  const errors = response.errors ?? [];
  const reached = errors.every((error) => (error as { path?: unknown[] }).path?.[0] === field);
  const code = errors[0]?.extensions?.code;
  if (code === 'UNAUTHENTICATED') return 'UNAUTH';
  if (code === 'FORBIDDEN' || code === 'NOT_FOUND') return code;
  if (!reached || code === 'INTERNAL_SERVER_ERROR' || response.status >= 500) return `broken: ${JSON.stringify(errors)}`;
  return 'pass';
}

let app: TestApp;
let world: MatrixWorld;
beforeAll(async () => {
  app = await startTestApp({ clock: new FixedClock(new Date('2026-11-25T15:00:00Z')) });
  world = await buildMatrixWorld(app);
});
afterAll(() => app.close());

it('classifies every Query and Mutation in schema.gql, and nothing that is not there', () => {
  for (const { type, table } of ROOTS) {
    expect(Object.keys(table).sort()).toEqual(fieldsOf(type).map((field) => field.name).sort());
  }
});

describe.each(ROOTS.map((root) => [root.keyword, root] as const))('%s', (_keyword, { keyword, type, table }) => {
  // Rows absent from the table fail the test above; here they are skipped to keep its message clear.
  const fields = fieldsOf(type).filter((field) => field.name in table);

  it.each(fields.map((field) => [field.name, field] as const))('%s', async (name, field) => {
    const { expected, args, freshSession: fresh } = table[name];
    // The owning therapist goes last, so one that removes or archives its object does so after the others tried.
    const order: CallerName[] = ['anonymous', 'client', 'otherTherapist', 'admin', 'therapist'];
    const actual = {} as Record<CallerName, string>;
    for (const caller of order) {
      const account: TestAccount | undefined = caller === 'anonymous' ? undefined : world[caller];
      const session = account && fresh ? await logInAgain(app, account) : account;
      const variables = args?.(world) ?? {};
      const response = await graphql(app.baseUrl, documentFor(keyword, field, variables), variables, session);
      const cell = cellOf(name, response);
      actual[caller] = expected[caller] === 'NOT_OWNER' && (cell === 'FORBIDDEN' || cell === 'NOT_FOUND') ? 'NOT_OWNER' : cell;
    }
    expect(actual).toEqual(expected);
  });
});
