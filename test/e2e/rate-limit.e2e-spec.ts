import { AuditEvent } from '../../apps/api/src/audit/audit-event.entity';
import { errorCode, graphql } from '../support/graphql-client';
import { signUpAs } from '../support/accounts';
import { startTestApp, TestApp } from '../support/test-app';

const LOG_IN = `mutation LogIn($input: LogInInput!) { logIn(input: $input) { token } }`;
const SIGN_UP = `mutation SignUp($input: SignUpInput!) { signUp(input: $input) { token } }`;
const LIMIT = 3;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ env: { AUTH_RATE_LIMIT_PER_MINUTE: String(LIMIT) } });
});
afterAll(() => app.close());

it(`allows ${LIMIT} log-in attempts per email a minute, then answers TOO_MANY_REQUESTS`, async () => {
  const attempt = () => graphql(app.baseUrl, LOG_IN, { input: { email: 'target@example.com', password: 'guess-guess-guess' } });
  for (let i = 0; i < LIMIT; i++) expect(errorCode(await attempt())).toBe('UNAUTHENTICATED');
  const limited = await attempt();
  expect(errorCode(limited)).toBe('TOO_MANY_REQUESTS');
  expect(limited.errors?.[0].message).toMatch(/Too many attempts/);
});

it('limits sign-ups per IP as well, across different emails', async () => {
  // The log-in attempts above came from the same IP but through another operation's key.
  const results: (string | undefined)[] = [];
  for (let i = 0; i < LIMIT + 1; i++) {
    const response = await graphql(app.baseUrl, SIGN_UP, {
      input: { email: `new${i}@example.com`, password: 'quiet-river-stones', role: 'CLIENT' },
    });
    results.push(errorCode(response));
  }
  expect(results.slice(0, LIMIT)).toEqual(Array(LIMIT).fill(undefined));
  expect(results[LIMIT]).toBe('TOO_MANY_REQUESTS');
});

it('limits changePassword guesses per account as well as per IP, auditing each wrong guess', async () => {
  const CHANGE = `mutation ($input: ChangePasswordInput!) { changePassword(input: $input) { otherSessionsEnded } }`;
  // Each step comes "through the load balancer" from its own client IP, so the per-IP
  // limits the tests above used up do not interfere.
  const signUp = async (email: string, forwardedFor: string) =>
    (await graphql(app.baseUrl, SIGN_UP, { input: { email, password: 'quiet-river-stones', role: 'CLIENT' } }, { forwardedFor })).data!.signUp.token as string;
  const target = await signUp('guessed@example.com', '198.51.100.1');
  const bystander = await signUp('bystander@example.com', '198.51.100.2');
  const guess = (token: string, forwardedFor: string, attempt: number) =>
    graphql(app.baseUrl, CHANGE, { input: { currentPassword: `guess-number-${attempt}`, newPassword: 'amber-lighthouse-evening' } }, { token, forwardedFor });

  const codes: (string | undefined)[] = [];
  for (let attempt = 0; attempt <= LIMIT; attempt++) codes.push(errorCode(await guess(target, '198.51.100.3', attempt)));
  expect(codes).toEqual([...Array(LIMIT).fill('BAD_USER_INPUT'), 'TOO_MANY_REQUESTS']);
  // From a fresh IP the account is still held back; another account from that IP is not.
  expect(errorCode(await guess(target, '198.51.100.4', 99))).toBe('TOO_MANY_REQUESTS');
  expect(errorCode(await guess(bystander, '198.51.100.4', 1))).toBe('BAD_USER_INPUT');
  const failures = await app.em().count(AuditEvent, { action: 'user.password_change_failed' });
  expect(failures).toBe(LIMIT + 1);
});

describe('expensive public queries', () => {
  const PUBLIC = 3;
  const SIGNED_IN = 6;
  const SEARCH = `query ($input: SearchTherapistsInput!) { searchTherapists(input: $input) { total } }`;
  const NEXT = `query ($ids: [ID!]!) { nextSlots(therapistIds: $ids, timeZone: "UTC") { therapistId } }`;
  const SLOTS = `query { availableSlots(therapistId: "00000000-0000-4000-8000-000000000001", sessionTypeId: "00000000-0000-4000-8000-000000000002",
    from: "2030-01-01T00:00:00Z", to: "2030-01-08T00:00:00Z", timeZone: "UTC") { from } }`;
  let queries: TestApp;

  beforeAll(async () => {
    queries = await startTestApp({
      env: { PUBLIC_QUERY_RATE_LIMIT_PER_MINUTE: String(PUBLIC), SIGNED_IN_QUERY_RATE_LIMIT_PER_MINUTE: String(SIGNED_IN) },
    });
  });
  afterAll(() => queries.close());

  const calls = [
    (auth = {}) => graphql(queries.baseUrl, SEARCH, { input: { jurisdiction: 'NY', timeZone: 'UTC' } }, auth),
    (auth = {}) => graphql(queries.baseUrl, NEXT, { ids: [] }, auth),
    (auth = {}) => graphql(queries.baseUrl, SLOTS, {}, auth),
  ];

  it(`shares ${PUBLIC} a minute per IP across search and slots when anonymous, then says when to retry`, async () => {
    const codes = [];
    for (let i = 0; i < PUBLIC; i++) codes.push(errorCode(await calls[i % calls.length]()));
    expect(codes).toEqual([undefined, undefined, 'NOT_FOUND']); // the slots call reached its resolver
    for (const call of calls) {
      const limited = await call();
      expect(errorCode(limited)).toBe('TOO_MANY_REQUESTS');
      expect(limited.status).toBe(200);
      const retryAfter = (limited.errors?.[0].extensions as { retryAfterSeconds?: number }).retryAfterSeconds;
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(limited.errors?.[0].message).toMatch(/Too many searches.*try again in \d+ seconds/);
    }
    // Cheap queries and sign-up are not part of this budget.
    expect(errorCode(await graphql(queries.baseUrl, '{ taxonomy { concerns { code } } }'))).toBeUndefined();
  });

  it(`gives each signed-in user a budget of ${SIGNED_IN} of their own`, async () => {
    const client = await signUpAs(queries, 'CLIENT');
    const codes = [];
    for (let i = 0; i <= SIGNED_IN; i++) codes.push(errorCode(await calls[0](client)));
    expect(codes.slice(0, SIGNED_IN)).toEqual(Array(SIGNED_IN).fill(undefined));
    expect(codes[SIGNED_IN]).toBe('TOO_MANY_REQUESTS');
    const other = await signUpAs(queries, 'CLIENT');
    expect(errorCode(await calls[0](other))).toBeUndefined();
  });
});

describe('calendar imports', () => {
  const IMPORTS = 2;
  let imports: TestApp;
  beforeAll(async () => {
    imports = await startTestApp({ env: { CALENDAR_IMPORT_RATE_LIMIT_PER_MINUTE: String(IMPORTS) } });
  });
  afterAll(() => imports.close());

  it(`allows ${IMPORTS} imports a minute per therapist, then says when to retry`, async () => {
    const UPLOAD = `mutation ($input: CalendarUploadInput!) { uploadCalendar(input: $input) { calendars { name } } }`;
    const therapist = await signUpAs(imports, 'THERAPIST');
    await graphql(imports.baseUrl, `mutation { updateTherapistProfile(input: { displayName: "Dr. Rate" }) { id } }`, {}, therapist);
    const upload = (who: { token: string }) => graphql(imports.baseUrl, UPLOAD, { input: { name: 'Work', icsText: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR' } }, who);
    for (let i = 0; i < IMPORTS; i++) expect(errorCode(await upload(therapist))).toBeUndefined();
    const limited = await upload(therapist);
    expect(errorCode(limited)).toBe('TOO_MANY_REQUESTS');
    expect(limited.errors?.[0].message).toMatch(/Too many calendar imports/);
    expect((limited.errors?.[0].extensions as { retryAfterSeconds?: number }).retryAfterSeconds).toBeGreaterThanOrEqual(1);
    const other = await signUpAs(imports, 'THERAPIST');
    await graphql(imports.baseUrl, `mutation { updateTherapistProfile(input: { displayName: "Dr. Other" }) { id } }`, {}, other);
    expect(errorCode(await upload(other))).toBeUndefined();
  });
});

describe('booking changes', () => {
  const CHANGES = 3;
  let bookings: TestApp;
  beforeAll(async () => {
    bookings = await startTestApp({ env: { BOOKING_RATE_LIMIT_PER_MINUTE: String(CHANGES) } });
  });
  afterAll(() => bookings.close());

  it(`allows ${CHANGES} booking changes a minute per client, then says when to retry`, async () => {
    const HOLD = `mutation ($input: HoldSlotInput!) { holdSlot(input: $input) { id } }`;
    // Unknown ids: each call reaches the resolver (NOT_FOUND) and counts against the budget all the same.
    const input = (key: string) => ({ therapistId: '00000000-0000-4000-8000-000000000001', sessionTypeId: '00000000-0000-4000-8000-000000000002', startsAt: '2026-12-01T15:00:00Z', idempotencyKey: `rate-limit-${key}`, jurisdiction: 'NY' });
    const client = await signUpAs(bookings, 'CLIENT');
    for (let i = 0; i < CHANGES; i++) expect(errorCode(await graphql(bookings.baseUrl, HOLD, { input: input(`key-${i}`) }, client))).toBe('NOT_FOUND');
    const limited = await graphql(bookings.baseUrl, HOLD, { input: input('key-last') }, client);
    expect(errorCode(limited)).toBe('TOO_MANY_REQUESTS');
    expect(limited.errors?.[0].message).toMatch(/Too many booking changes/);
    const other = await signUpAs(bookings, 'CLIENT');
    expect(errorCode(await graphql(bookings.baseUrl, HOLD, { input: input('other') }, other))).toBe('NOT_FOUND');
  });
});
