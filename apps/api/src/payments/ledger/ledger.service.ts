import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import Stripe from 'stripe';
import { User } from '../../auth/entities/user.entity';
import { TherapistProfile } from '../../therapists/entities/therapist-profile.entity';
import { PaymentError } from '../payments.errors';
import { STRIPE } from '../stripe-client';
import { EarningsModel, EarningsPeriod, EarningsRowModel, PaymentIssueKind, PaymentIssueModel, PayoutAccountModel, ReceiptModel } from './ledger.models';

/** Payments that took money: paid, possibly refunded in part or whole since. */
const PAID = `p.status in ('SUCCEEDED', 'REFUNDED')`;
const ISSUES_SHOWN = 200;
const CHARGE_READS_AT_ONCE = 8;

/** Where a booking's superbill downloads (SuperbillController). */
export const superbillPath = (bookingId: string) => `/superbills/${bookingId}.pdf`;

interface ReceiptRow {
  id: string;
  booking_id: string;
  starts_at: Date;
  booking_status: string;
  therapist_name: string;
  session_type_name: string;
  amount_minor: number;
  refunded_minor: number;
  net_minor: number;
  currency: string;
  charge_id: string | null;
}

interface EarningsSqlRow {
  period_start: string | null;
  period_end: string | null;
  paid_sessions: number;
  refunded_sessions: number;
  gross_minor: string | number;
  refunds_minor: string | number;
  platform_fee_minor: string | number;
  net_minor: string | number;
}

/**
 * The money views: the client's receipts, the therapist's earnings by period
 * and the admins' disputes and declines. Every sum is computed by PostgreSQL
 * from the integer cents on `payments`, which the webhook handlers keep equal
 * to Stripe's; Stripe itself is asked only for what Rapport does not store
 * (card brand and last four, when a charge was made, the payout balance).
 */
@Injectable()
export class LedgerService {
  private readonly logger = new Logger('Ledger');

  constructor(
    private readonly em: EntityManager,
    @Inject(STRIPE) private readonly stripe: Stripe,
  ) {}

  async receiptsOf(client: User): Promise<ReceiptModel[]> {
    const rows = await this.em.getConnection().execute<ReceiptRow[]>(
      `select p.id, p.booking_id, b.starts_at, b.status as booking_status, tp.display_name as therapist_name, st.name as session_type_name,
              p.amount_minor, p.refunded_minor, p.amount_minor - p.refunded_minor as net_minor, p.currency, p.charge_id
         from payments p
         join bookings b on b.id = p.booking_id
         join therapist_profiles tp on tp.id = b.therapist_id
         join session_types st on st.id = b.session_type_id
        where b.client_id = ? and ${PAID}
        order by b.starts_at desc, p.attempt desc`,
      [client.id],
    );
    const toReceipt = async (row: ReceiptRow): Promise<ReceiptModel> => {
      const card = await this.chargeDetails(row.charge_id);
      return {
        id: row.id,
        bookingId: row.booking_id,
        paidAt: card.paidAt,
        sessionStartsAt: new Date(row.starts_at),
        therapistName: row.therapist_name,
        sessionTypeName: row.session_type_name,
        amountMinor: row.amount_minor,
        refundedMinor: row.refunded_minor,
        netPaidMinor: row.net_minor,
        currency: row.currency,
        cardBrand: card.brand,
        cardLast4: card.last4,
        bookingStatus: row.booking_status,
        superbillUrl: row.booking_status === 'COMPLETED' && row.net_minor > 0 ? superbillPath(row.booking_id) : null,
      };
    };
    // A few charge reads at a time: a long history must not open a hundred requests to Stripe at once.
    const receipts: ReceiptModel[] = [];
    for (let start = 0; start < rows.length; start += CHARGE_READS_AT_ONCE) {
      receipts.push(...(await Promise.all(rows.slice(start, start + CHARGE_READS_AT_ONCE).map(toReceipt))));
    }
    return receipts;
  }

  /** What was charged for a booking and given back, over all its paid payments, in cents. */
  async paidFor(bookingId: string): Promise<{ chargedMinor: number; refundedMinor: number; netMinor: number }> {
    const [row] = await this.em
      .getConnection()
      .execute<{ charged: string | number; refunded: string | number }[]>(
        `select coalesce(sum(p.amount_minor), 0) as charged, coalesce(sum(p.refunded_minor), 0) as refunded from payments p where p.booking_id = ? and ${PAID}`,
        [bookingId],
      );
    const chargedMinor = Number(row.charged);
    const refundedMinor = Number(row.refunded);
    return { chargedMinor, refundedMinor, netMinor: chargedMinor - refundedMinor };
  }

  /** The therapist's paid sessions grouped by week or month of the session, in their time zone, latest first; plus totals and payouts. */
  async earningsOf(user: User, period: EarningsPeriod, limit: number): Promise<EarningsModel> {
    const profile = await this.em.fork().findOne(TherapistProfile, { user: user.id });
    if (!profile) throw PaymentError.notATherapist();
    const unit = period === EarningsPeriod.WEEK ? 'week' : 'month';
    // The rollup row (period null) is the all-time total; the limit applies to the periods only.
    const rows = await this.em.getConnection().execute<EarningsSqlRow[]>(
      `with zone as (select coalesce((select s.time_zone from booking_settings s where s.therapist_id = ?), 'UTC') as name),
            paid as (
              select date_trunc(?, b.starts_at at time zone zone.name)::date as period_start, p.amount_minor, p.refunded_minor,
                     p.application_fee_minor - p.application_fee_refunded_minor as fee_kept_minor
                from payments p join bookings b on b.id = p.booking_id cross join zone
               where b.therapist_id = ? and ${PAID})
       select to_char(period_start, 'YYYY-MM-DD') as period_start,
              to_char((period_start + ('1 ' || ?)::interval - interval '1 day')::date, 'YYYY-MM-DD') as period_end,
              count(*)::int as paid_sessions,
              (count(*) filter (where refunded_minor > 0))::int as refunded_sessions,
              coalesce(sum(amount_minor), 0) as gross_minor,
              coalesce(sum(refunded_minor), 0) as refunds_minor,
              coalesce(sum(fee_kept_minor), 0) as platform_fee_minor,
              coalesce(sum(amount_minor - refunded_minor - fee_kept_minor), 0) as net_minor
         from paid
        group by rollup (period_start)
        order by period_start desc nulls first
        limit ?`,
      [profile.id, unit, profile.id, unit, limit + 1],
    );
    const toRow = (row: EarningsSqlRow): EarningsRowModel => ({
      periodStart: row.period_start,
      periodEnd: row.period_start === null ? null : row.period_end,
      paidSessions: row.paid_sessions,
      refundedSessions: row.refunded_sessions,
      grossMinor: Number(row.gross_minor),
      refundsMinor: Number(row.refunds_minor),
      platformFeeMinor: Number(row.platform_fee_minor),
      netMinor: Number(row.net_minor),
    });
    const totalsRow = rows.find((row) => row.period_start === null);
    const totals = totalsRow
      ? toRow(totalsRow)
      : { periodStart: null, periodEnd: null, paidSessions: 0, refundedSessions: 0, grossMinor: 0, refundsMinor: 0, platformFeeMinor: 0, netMinor: 0 };
    return {
      period,
      rows: rows.filter((row) => row.period_start !== null).map(toRow),
      totals,
      currency: 'usd',
      payouts: await this.payoutAccountOf(profile),
    };
  }

  /** Disputes and declined or failed charges, latest first, with the booking, client and therapist in words. */
  async paymentIssues(): Promise<PaymentIssueModel[]> {
    const rows = await this.em.getConnection().execute<
      {
        id: string;
        booking_id: string;
        starts_at: Date;
        booking_status: string;
        session_type_name: string;
        therapist_name: string;
        client_email: string;
        amount_minor: number;
        refunded_minor: number;
        currency: string;
        payment_status: string;
        disputed: boolean;
        last_error: string | null;
        updated_at: Date;
      }[]
    >(
      `select p.id, p.booking_id, b.starts_at, b.status as booking_status, st.name as session_type_name, tp.display_name as therapist_name,
              u.email as client_email, p.amount_minor, p.refunded_minor, p.currency, p.status as payment_status, p.disputed, p.last_error, p.updated_at
         from payments p
         join bookings b on b.id = p.booking_id
         join therapist_profiles tp on tp.id = b.therapist_id
         join session_types st on st.id = b.session_type_id
         join users u on u.id = b.client_id
        where p.disputed or p.last_error is not null
        order by p.disputed desc, p.updated_at desc, p.id
        limit ${ISSUES_SHOWN}`,
    );
    return rows.map((row) => ({
      id: row.id,
      kind: row.disputed ? PaymentIssueKind.DISPUTED : PaymentIssueKind.DECLINED,
      bookingId: row.booking_id,
      sessionStartsAt: new Date(row.starts_at),
      bookingStatus: row.booking_status,
      sessionTypeName: row.session_type_name,
      therapistName: row.therapist_name,
      // Clients have no name on file: the part of the email before the @, as bookings show them.
      clientName: row.client_email.split('@')[0],
      clientEmail: row.client_email,
      amountMinor: row.amount_minor,
      refundedMinor: row.refunded_minor,
      currency: row.currency,
      paymentStatus: row.payment_status,
      lastError: row.disputed ? null : row.last_error,
      updatedAt: new Date(row.updated_at),
    }));
  }

  /** Charges enabled and payouts from Stripe now; the balance when Stripe offers one for the account. */
  private async payoutAccountOf(profile: TherapistProfile): Promise<PayoutAccountModel> {
    if (!profile.stripeAccountId) {
      return { hasAccount: false, chargesEnabled: false, payoutsEnabled: false, availableMinor: null, pendingMinor: null, balanceNote: 'Set up payouts to be paid.' };
    }
    const stripeAccount = profile.stripeAccountId;
    let chargesEnabled = profile.chargesEnabled;
    let payoutsEnabled = profile.payoutsEnabled;
    try {
      const account = await this.stripe.accounts.retrieve(stripeAccount);
      chargesEnabled = account.charges_enabled;
      payoutsEnabled = account.payouts_enabled;
    } catch (error) {
      this.logger.warn(`reading payout account failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    try {
      const balance = await this.stripe.balance.retrieve({}, { stripeAccount });
      const usd = (list: Stripe.Balance.Available[] | Stripe.Balance.Pending[]) => list.filter((entry) => entry.currency === 'usd').reduce((sum, entry) => sum + entry.amount, 0);
      return { hasAccount: true, chargesEnabled, payoutsEnabled, availableMinor: usd(balance.available), pendingMinor: usd(balance.pending), balanceNote: null };
    } catch (error) {
      // Stripe (and the local emulator) answer for every connected account; this is an outage or a revoked account.
      this.logger.warn(`reading payout balance failed: ${error instanceof Error ? error.message : String(error)}`);
      return {
        hasAccount: true,
        chargesEnabled,
        payoutsEnabled,
        availableMinor: null,
        pendingMinor: null,
        balanceNote: 'The payment service did not report a balance for your account just now. Your Stripe Express dashboard shows it.',
      };
    }
  }

  /** Card brand, last four and charge time from the charge; nulls when there is none or Stripe does not answer. */
  private async chargeDetails(chargeId: string | null): Promise<{ brand: string | null; last4: string | null; paidAt: Date | null }> {
    if (!chargeId) return { brand: null, last4: null, paidAt: null };
    try {
      const charge = await this.stripe.charges.retrieve(chargeId);
      const card = charge.payment_method_details?.card;
      return { brand: card?.brand ?? null, last4: card?.last4 ?? null, paidAt: new Date(charge.created * 1000) };
    } catch (error) {
      this.logger.warn(`reading charge for a receipt failed: ${error instanceof Error ? error.message : String(error)}`);
      return { brand: null, last4: null, paidAt: null };
    }
  }
}
