import type Stripe from 'stripe';
import type { Route } from '../http/route';
import { invalidRequest } from '../http/stripe-error';
import type { Context } from '../state/context';

/** Card funds become available this long after the money moved (Stripe's standard US schedule is two days). */
export const AVAILABLE_AFTER_SECONDS = 2 * 86_400;

type Ledger = Map<string, { available: number; pending: number }>;

/**
 * GET /v1/balance, for the platform or (with the Stripe-Account header) a
 * connected account, computed from the money the emulator holds. A connected
 * account holds the transfers of destination charges less their reversals,
 * less the application fees taken from them (net of fee refunds). The platform
 * holds captured charges less refunds, less what it transferred (net of
 * reversals), plus the application fees it collected (net of fee refunds);
 * Stripe's own processing fees are not modelled. Each amount is pending until
 * AVAILABLE_AFTER_SECONDS after the object was created, then available.
 */
export function balanceOf(context: Context, account: string | null): Stripe.Balance {
  const { state, now } = context;
  const ledger: Ledger = new Map();
  const add = (currency: string, created: number, amount: number) => {
    const entry = ledger.get(currency) ?? { available: 0, pending: 0 };
    if (now - created >= AVAILABLE_AFTER_SECONDS) entry.available += amount;
    else entry.pending += amount;
    ledger.set(currency, entry);
  };
  const destinationOf = (transfer: Stripe.Transfer) => (typeof transfer.destination === 'string' ? transfer.destination : (transfer.destination?.id ?? null));
  const accountOf = (fee: Stripe.ApplicationFee) => (typeof fee.account === 'string' ? fee.account : fee.account.id);

  for (const { object: transfer } of Object.values(state.transfers)) {
    const net = transfer.amount - transfer.amount_reversed;
    if (account === null) add(transfer.currency, transfer.created, -net);
    else if (destinationOf(transfer) === account) add(transfer.currency, transfer.created, net);
  }
  for (const { object: fee } of Object.values(state.applicationFees)) {
    const net = fee.amount - fee.amount_refunded;
    if (account === null) add(fee.currency, fee.created, net);
    else if (accountOf(fee) === account) add(fee.currency, fee.created, -net);
  }
  if (account === null) {
    for (const { object: charge } of Object.values(state.charges)) {
      if (charge.status === 'succeeded' && charge.captured) add(charge.currency, charge.created, charge.amount_captured - charge.amount_refunded);
    }
  }
  if (ledger.size === 0) ledger.set('usd', { available: 0, pending: 0 });
  const entries = [...ledger.entries()];
  return {
    object: 'balance',
    available: entries.map(([currency, entry]) => ({ amount: entry.available, currency, source_types: { card: entry.available } })),
    pending: entries.map(([currency, entry]) => ({ amount: entry.pending, currency, source_types: { card: entry.pending } })),
    livemode: false,
  };
}

export const balanceRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/v1/balance',
    connectedAccount: true,
    handle(context, { account }) {
      if (account && !context.state.accounts[account]) {
        throw invalidRequest(`The provided key does not have access to account '${account}' (or that account does not exist). Application access may have been revoked.`, { code: 'account_invalid' });
      }
      return balanceOf(context, account ?? null);
    },
  },
];
