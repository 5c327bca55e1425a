/// <reference types="jest" />
import { rejection, type ContractCapabilities, type StripeContractTarget } from './contract-target';

/** Connect Express accounts, account links, customers and saved cards. */
export function accountsAndCustomersContract(target: () => StripeContractTarget, capabilities: ContractCapabilities): void {
  describe('Connect accounts and account links', () => {
    it('creates an Express account that cannot take charges or payouts until onboarded', async () => {
      const account = await target().stripe.accounts.create({
        type: 'express',
        email: 'therapist@example.com',
        capabilities: { transfers: { requested: true }, card_payments: { requested: true } },
        metadata: { therapistId: 'th_1' },
      });
      expect(account).toMatchObject({ object: 'account', type: 'express', charges_enabled: false, payouts_enabled: false, details_submitted: false });
      expect(account.id).toMatch(/^acct_/);
      expect(account.metadata).toEqual({ therapistId: 'th_1' });
      expect(account.requirements?.currently_due?.length).toBeGreaterThan(0);
      expect(account.capabilities?.transfers).not.toBe('active');

      const updated = await target().stripe.accounts.update(account.id, { metadata: { therapistId: 'th_2', extra: 'x' } });
      expect(updated.metadata).toEqual({ therapistId: 'th_2', extra: 'x' });
      expect((await target().stripe.accounts.retrieve(account.id)).email).toBe('therapist@example.com');
    });

    it('makes a short-lived onboarding link and refuses an unknown account by name', async () => {
      const account = await target().stripe.accounts.create({ type: 'express', capabilities: { transfers: { requested: true } } });
      const link = await target().stripe.accountLinks.create({
        account: account.id,
        type: 'account_onboarding',
        refresh_url: 'https://rapport.test/payouts/refresh',
        return_url: 'https://rapport.test/payouts/done',
      });
      expect(link.object).toBe('account_link');
      expect(link.url).toMatch(/^https?:\/\//);
      expect(link.expires_at).toBeGreaterThan(link.created);

      const error = await rejection(
        target().stripe.accountLinks.create({ account: 'acct_doesnotexist', type: 'account_onboarding', refresh_url: 'https://a.test', return_url: 'https://a.test' }),
      );
      expect(error.type).toBe('StripeInvalidRequestError');
      expect(error.param).toBe('account');
    });

    if (capabilities.controls) {
      it('completing onboarding turns on charges and payouts and reports account.updated', async () => {
        const { stripe, control } = target();
        const account = await stripe.accounts.create({ type: 'express', capabilities: { transfers: { requested: true } } });
        await control!.completeOnboarding(account.id);
        const onboarded = await stripe.accounts.retrieve(account.id);
        expect(onboarded).toMatchObject({ charges_enabled: true, payouts_enabled: true, details_submitted: true });
        expect(onboarded.capabilities?.transfers).toBe('active');
        expect(onboarded.requirements?.currently_due).toEqual([]);
        const events = await stripe.events.list({ type: 'account.updated', limit: 5 });
        const event = events.data.find((candidate) => (candidate.data.object as { id: string }).id === account.id);
        expect(event?.data.previous_attributes).toMatchObject({ charges_enabled: false, payouts_enabled: false });
      });

      it('refuses a destination charge to an account that has not finished onboarding, naming the param', async () => {
        const account = await target().stripe.accounts.create({ type: 'express', capabilities: { transfers: { requested: true } } });
        const error = await rejection(
          target().stripe.paymentIntents.create({ amount: 5000, currency: 'usd', application_fee_amount: 500, transfer_data: { destination: account.id } }),
        );
        expect(error).toMatchObject({ type: 'StripeInvalidRequestError', param: 'transfer_data[destination]' });
      });
    }
  });

  describe('customers and saved cards', () => {
    it('creates, reads and updates a customer, merging metadata and deleting a key set to ""', async () => {
      const { stripe } = target();
      const customer = await stripe.customers.create({ email: 'client@example.com', name: 'Client One', metadata: { userId: 'u1', stale: 'yes' } });
      expect(customer).toMatchObject({ object: 'customer', email: 'client@example.com', livemode: false });
      expect(customer.id).toMatch(/^cus_/);
      const updated = await stripe.customers.update(customer.id, { metadata: { stale: '', plan: 'weekly' } });
      expect(updated.metadata).toEqual({ userId: 'u1', plan: 'weekly' });
      expect((await stripe.customers.retrieve(customer.id)).id).toBe(customer.id);
    });

    it('answers 404 resource_missing for an unknown customer', async () => {
      const error = await rejection(target().stripe.customers.retrieve('cus_doesnotexist'));
      expect(error).toMatchObject({ type: 'StripeInvalidRequestError', statusCode: 404, code: 'resource_missing' });
    });

    it('saves a test card as a new PaymentMethod on the customer and lists it', async () => {
      const { stripe } = target();
      const customer = await stripe.customers.create({ email: 'saver@example.com' });
      const paymentMethod = await stripe.paymentMethods.attach('pm_card_visa', { customer: customer.id });
      expect(paymentMethod.id).toMatch(/^pm_/);
      expect(paymentMethod.id).not.toBe('pm_card_visa');
      expect(paymentMethod).toMatchObject({ type: 'card', customer: customer.id, card: { brand: 'visa', last4: '4242' } });
      const listed = await stripe.customers.listPaymentMethods(customer.id, { type: 'card' });
      expect(listed.data.map((item) => item.id)).toEqual([paymentMethod.id]);
    });

    it('declines saving the declining test card with a card error', async () => {
      const customer = await target().stripe.customers.create({});
      const error = await rejection(target().stripe.paymentMethods.attach('pm_card_chargeDeclined', { customer: customer.id }));
      expect(error).toMatchObject({ type: 'StripeCardError', statusCode: 402, code: 'card_declined' });
    });
  });
}
