/// <reference types="jest" />
import type Stripe from 'stripe';
import { CARD_ONLY, rejection, type ContractCapabilities, type StripeContractTarget } from './contract-target';

const PRICE = 12_000;
const FEE = 1_500;

/** Destination charges: the application fee, the transfer, and refunds that give both back in proportion. */
export function connectMoneyContract(target: () => StripeContractTarget, capabilities: ContractCapabilities): void {
  if (!capabilities.connectedAccount) return;

  async function destinationCharge(): Promise<{ paymentIntent: Stripe.PaymentIntent; charge: Stripe.Charge; account: string }> {
    const account = await target().onboardedAccount();
    const paymentIntent = await target().stripe.paymentIntents.create({
      amount: PRICE,
      currency: 'usd',
      ...CARD_ONLY,
      payment_method: 'pm_card_visa',
      confirm: true,
      application_fee_amount: FEE,
      transfer_data: { destination: account },
    });
    const charge = await target().stripe.charges.retrieve(paymentIntent.latest_charge as string);
    return { paymentIntent, charge, account };
  }

  const fee = (charge: Stripe.Charge) => target().stripe.applicationFees.retrieve(charge.application_fee as string);
  const transfer = (charge: Stripe.Charge) => target().stripe.transfers.retrieve(charge.transfer as string);

  describe('destination charges, application fees and refunds', () => {
    it('takes the application fee and transfers the charge to the connected account', async () => {
      const { paymentIntent, charge, account } = await destinationCharge();
      expect(paymentIntent).toMatchObject({ status: 'succeeded', application_fee_amount: FEE, transfer_data: { destination: account } });
      expect(charge.application_fee_amount).toBe(FEE);
      expect(await fee(charge)).toMatchObject({ object: 'application_fee', amount: FEE, amount_refunded: 0, account, originating_transaction: charge.id });
      expect(await transfer(charge)).toMatchObject({ object: 'transfer', amount: PRICE, amount_reversed: 0, destination: account, source_transaction: charge.id });
      const listed = await target().stripe.applicationFees.list({ charge: (await fee(charge)).charge as string });
      expect(listed.data.map((item) => item.id)).toContain(charge.application_fee);
    });

    it('refunds part, giving back the fee and reversing the transfer in proportion, then the rest', async () => {
      const { stripe } = target();
      const { paymentIntent, charge } = await destinationCharge();
      const half = await stripe.refunds.create({ payment_intent: paymentIntent.id, amount: PRICE / 2, refund_application_fee: true, reverse_transfer: true, metadata: { reason: 'late cancel' } });
      expect(half).toMatchObject({ object: 'refund', amount: PRICE / 2, status: 'succeeded', charge: charge.id, metadata: { reason: 'late cancel' } });
      expect(half.transfer_reversal).toMatch(/^trr_/);
      expect(await stripe.charges.retrieve(charge.id)).toMatchObject({ amount_refunded: PRICE / 2, refunded: false });
      expect(await fee(charge)).toMatchObject({ amount_refunded: FEE / 2, refunded: false });
      expect(await transfer(charge)).toMatchObject({ amount_reversed: PRICE / 2, reversed: false });

      const tooMuch = await rejection(stripe.refunds.create({ charge: charge.id, amount: PRICE / 2 + 1 }));
      expect(tooMuch).toMatchObject({ type: 'StripeInvalidRequestError', param: 'amount' });

      await stripe.refunds.create({ charge: charge.id, refund_application_fee: true, reverse_transfer: true });
      expect(await stripe.charges.retrieve(charge.id)).toMatchObject({ amount_refunded: PRICE, refunded: true });
      expect(await fee(charge)).toMatchObject({ amount_refunded: FEE, refunded: true });
      expect(await transfer(charge)).toMatchObject({ amount_reversed: PRICE, reversed: true });

      const again = await rejection(stripe.refunds.create({ payment_intent: paymentIntent.id }));
      expect(again).toMatchObject({ type: 'StripeInvalidRequestError', code: 'charge_already_refunded' });
    });

    it('keeps the fee and the transfer when a refund does not ask for them back', async () => {
      const { charge } = await destinationCharge();
      await target().stripe.refunds.create({ charge: charge.id, amount: 2_000 });
      expect(await fee(charge)).toMatchObject({ amount_refunded: 0 });
      expect(await transfer(charge)).toMatchObject({ amount_reversed: 0 });
    });

    it("holds the transfer less the application fee in the connected account's balance, and gives it back with a reversing refund", async () => {
      const { stripe } = target();
      const account = await target().onboardedAccount();
      const total = (balance: Stripe.Balance) => [...balance.available, ...balance.pending].filter((entry) => entry.currency === 'usd').reduce((sum, entry) => sum + entry.amount, 0);
      const balanceOf = async () => stripe.balance.retrieve({}, { stripeAccount: account });
      const before = await balanceOf();
      expect(before.object).toBe('balance');
      const { charge } = await destinationCharge();
      const after = await balanceOf();
      expect(total(after) - total(before)).toBe(PRICE - FEE);
      await stripe.refunds.create({ charge: charge.id, refund_application_fee: true, reverse_transfer: true });
      expect(total(await balanceOf())).toBe(total(before));

      const control = target().control;
      if (control) {
        // The emulator holds new card funds as pending for two days, then makes them available.
        const pendingBefore = after.pending.find((entry) => entry.currency === 'usd')!.amount;
        expect(pendingBefore).toBeGreaterThanOrEqual(PRICE - FEE);
        await destinationCharge();
        await control.advanceClock(2 * 86_400);
        const later = await balanceOf();
        expect(later.pending.find((entry) => entry.currency === 'usd')!.amount).toBe(0);
        expect(later.available.find((entry) => entry.currency === 'usd')!.amount).toBe(total(before) + PRICE - FEE);
        const unknown = await rejection(stripe.balance.retrieve({}, { stripeAccount: 'acct_nobodyhere' }));
        expect(unknown.type).toBe('StripeInvalidRequestError');
      }
    });

    it('refuses to refund an intent without a successful charge', async () => {
      const open = await target().stripe.paymentIntents.create({ amount: PRICE, currency: 'usd', ...CARD_ONLY });
      const error = await rejection(target().stripe.refunds.create({ payment_intent: open.id }));
      expect(error.type).toBe('StripeInvalidRequestError');
    });
  });
}
