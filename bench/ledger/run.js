'use strict';
// Ledger benchmark: prints figures, asserts none. A few minutes with setup.
//   npm run bench:ledger                     embedded PostgreSQL of its own
//   DATABASE_URL=postgres://… npm run …      a fresh database on that server
// myEarnings (week and month) and myReceipts through GraphQL over a therapist
// with years of paid sessions among other therapists' payments, next to the
// same-run baselines: the bare earnings SQL on a pg connection, and `me`
// through GraphQL (the cost of a signed-in request that reads nothing).
const os = require('node:os');
const { performance } = require('node:perf_hooks');
const { Client } = require('pg');
const { startApiServer } = require('../support/api-server');
const { cleanUpOnInterrupt } = require('../support/cleanup');
const { provisionDatabase, withClient } = require('../support/database');
const { graphql } = require('../support/graphql-client');
const { createAdmin, createBookableTherapists } = require('../support/seed');
const { summarize } = require('../support/stats');
const { row, renderTable } = require('../support/table');

const OWN_SESSIONS = Number(process.env.LEDGER_OWN_SESSIONS ?? 20_000);
const OTHER_SESSIONS = Number(process.env.LEDGER_OTHER_SESSIONS ?? 200_000);
const CLIENT_RECEIPTS = 300;
const ITERATIONS = 60;
const BUDGET_MS = 20_000;
const progress = (message) => process.stderr.write(`[bench] ${message}\n`);

const EARNINGS = `query ($period: EarningsPeriod!, $periods: Int) { myEarnings(period: $period, periods: $periods) {
  rows { periodStart paidSessions grossMinor refundsMinor platformFeeMinor netMinor } totals { paidSessions netMinor } } }`;
const RECEIPTS = `{ myReceipts { id amountMinor refundedMinor netPaidMinor therapistName superbillUrl } }`;
const ME = `{ me { id } }`;
const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { token user { id } } }`;

async function timed(run) {
  const samples = [];
  const ends = performance.now() + BUDGET_MS;
  let result;
  for (let i = 0; i < 3; i++) result = await run();
  for (let i = 0; i < ITERATIONS && performance.now() < ends; i++) {
    const started = performance.now();
    result = await run();
    samples.push(performance.now() - started);
  }
  return { ...summarize(samples), result };
}

/** Completed paid sessions of one therapist every 2 hours back from now (a fifth of them partly refunded, with the fee share), for the clients given round-robin. */
async function insertPaidSessions(db, { therapistId, sessionTypeId, clientIds, count }) {
  await db.query(
    `with s as (
       select n, now() - (n * interval '2 hours') as starts_at, ($4::uuid[])[1 + (n % cardinality($4::uuid[]))] as client_id
         from generate_series(1, $3::int) as n),
     b as (
       insert into bookings (id, therapist_id, client_id, session_type_id, starts_at, ends_at, blocked_range, status, price_minor, platform_fee_minor,
                             currency, format, payment_status, video_room_id, created_at, updated_at)
       select gen_random_uuid(), $1, s.client_id, $2, s.starts_at, s.starts_at + interval '50 minutes', tstzrange(s.starts_at, s.starts_at + interval '60 minutes'),
              'COMPLETED', 14000, 1400, 'usd', 'VIDEO', 'PAID', gen_random_uuid(), s.starts_at, s.starts_at
         from s returning id, starts_at)
     insert into payments (id, booking_id, attempt, checkout_session_id, checkout_url, payment_intent_id, charge_id, amount_minor, application_fee_minor,
                           refunded_minor, application_fee_refunded_minor, currency, status, created_at, updated_at)
     select gen_random_uuid(), b.id, 1, 'cs_bench_' || b.id, 'http://127.0.0.1/cs', 'pi_bench_' || b.id, null, 14000, 1400,
            case when random() < 0.2 then 7000 else 0 end, 0, 'usd', 'SUCCEEDED', b.starts_at, b.starts_at
       from b`,
    [therapistId, sessionTypeId, count, clientIds],
  );
  await db.query(`update payments set application_fee_refunded_minor = refunded_minor / 10 where refunded_minor > 0 and application_fee_refunded_minor = 0`);
}

async function main() {
  const load = () => os.loadavg().map((value) => value.toFixed(2)).join(' ');
  progress('provisioning the database');
  const database = await provisionDatabase({ log: progress, label: 'bench-ledger' });
  const keepDatabase = cleanUpOnInterrupt(() => database.drop());
  let server;
  try {
    server = await startApiServer({ databaseUrl: database.url });
    const keepServer = cleanUpOnInterrupt(() => server.stop());
    const admin = await createAdmin({ baseUrl: server.baseUrl, databaseUrl: database.url });
    const [own, other] = await createBookableTherapists({ baseUrl: server.baseUrl, admin, count: 2, busyCount: 1 });
    const signUp = await graphql(server.baseUrl, SIGN_UP, { input: { email: `bench-client-${process.pid}@example.com`, password: 'bench-quiet-harbor-2026', role: 'CLIENT', timeZone: 'America/New_York' } });
    const client = { token: signUp.signUp.token, id: signUp.signUp.user.id };

    progress(`inserting ${OWN_SESSIONS} + ${OTHER_SESSIONS} paid sessions`);
    const db = new Client({ connectionString: database.url });
    await db.connect();
    let ownSql, me, weeks, months, receipts;
    try {
      const fillers = (
        await db.query(
          `insert into users (id, email, password_hash, role, time_zone, created_at, updated_at)
           select gen_random_uuid(), 'bench-filler-' || n || '@example.com', 'not-a-hash', 'CLIENT', 'UTC', now(), now() from generate_series(1, 50) as n returning id`,
        )
      ).rows.map((r) => r.id);
      // The bench client has CLIENT_RECEIPTS of the therapist's sessions; the rest belong to another user (receipts read only the client's).
      await insertPaidSessions(db, { therapistId: own.profileId, sessionTypeId: own.sessionTypeId, clientIds: [client.id], count: CLIENT_RECEIPTS });
      await insertPaidSessions(db, { therapistId: own.profileId, sessionTypeId: own.sessionTypeId, clientIds: fillers, count: OWN_SESSIONS - CLIENT_RECEIPTS });
      await insertPaidSessions(db, { therapistId: other.profileId, sessionTypeId: other.sessionTypeId, clientIds: fillers, count: OTHER_SESSIONS });
      await db.query('analyze');

      progress('measuring');
      me = await timed(() => graphql(server.baseUrl, ME, {}, own.token));
      weeks = await timed(() => graphql(server.baseUrl, EARNINGS, { period: 'WEEK', periods: 60 }, own.token));
      months = await timed(() => graphql(server.baseUrl, EARNINGS, { period: 'MONTH', periods: 24 }, own.token));
      receipts = await timed(() => graphql(server.baseUrl, RECEIPTS, {}, client.token));
      // The baseline last, on a warm cache like the others.
      ownSql = await timed(() =>
        db.query(
          `select date_trunc('month', b.starts_at at time zone 'America/New_York')::date as period, count(*), sum(p.amount_minor), sum(p.refunded_minor)
             from payments p join bookings b on b.id = p.booking_id where b.therapist_id = $1 and p.status in ('SUCCEEDED', 'REFUNDED') group by 1`,
          [own.profileId],
        ),
      );
    } finally {
      await db.end();
    }

    const paidCount = months.result.myEarnings.totals.paidSessions;
    console.log(`Ledger benchmark · ${new Date().toISOString()} · ${os.cpus().length} CPUs · load ${load()} · ${database.description}`);
    console.log(`payments: ${OWN_SESSIONS} of the measured therapist (myEarnings counts ${paidCount}), ${OTHER_SESSIONS} of another; the client has ${receipts.result.myReceipts.length} receipts (no charge ids: no Stripe reads, SQL and GraphQL only)`);
    console.log(
      renderTable([
        { title: 'baselines', rows: [row('bare earnings SQL by month (pg)', '', ownSql, { digits: 2 }), row('me (GraphQL, signed in)', '', me, { digits: 2 })] },
        {
          title: 'ledger (GraphQL)',
          rows: [
            row('myEarnings WEEK, 60 periods', `${weeks.result.myEarnings.rows.length} rows`, weeks, { digits: 2 }),
            row('myEarnings MONTH, 24 periods', `${months.result.myEarnings.rows.length} rows`, months, { digits: 2 }),
            row('myReceipts', `${receipts.result.myReceipts.length} receipts`, receipts, { digits: 2 }),
          ],
        },
      ]),
    );
    console.log(`load at the end: ${load()}`);
    keepServer();
  } finally {
    await server?.stop();
    await database.drop();
    keepDatabase();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
