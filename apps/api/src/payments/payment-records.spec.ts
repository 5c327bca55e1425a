import fc from 'fast-check';
import { Payment, PaymentStatus } from './entities/payment.entity';
import { merge, StripeFacts } from './payment-records';

const AMOUNT = 15000;
const FEE = 1500;

function freshPayment(): Payment {
  const payment = new Payment();
  Object.assign(payment, { amountMinor: AMOUNT, applicationFeeMinor: FEE, currency: 'usd', attempt: 1, checkoutSessionId: 'cs_1', checkoutUrl: 'http://x/cs_1' });
  return payment;
}

/** Stripe's facts about one payment as they move forward in time: open, then paid, then refunded in parts, maybe disputed. */
const history = fc
  .record({
    refunds: fc.array(fc.integer({ min: 1, max: 5000 }), { maxLength: 4 }),
    disputedAt: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }),
    declinedFirst: fc.boolean(),
  })
  .map(({ refunds, disputedAt, declinedFirst }): StripeFacts[] => {
    const steps: StripeFacts[] = [];
    const open: StripeFacts = { paymentIntentId: null, chargeId: null, status: PaymentStatus.OPEN, refundedMinor: 0, applicationFeeRefundedMinor: 0, disputed: false, lastError: null };
    steps.push(open);
    if (declinedFirst) steps.push({ ...open, paymentIntentId: 'pi_1', lastError: 'Your card was declined.' });
    let refunded = 0;
    const paid = { ...open, paymentIntentId: 'pi_1', chargeId: 'ch_1', status: PaymentStatus.SUCCEEDED, lastError: declinedFirst ? 'Your card was declined.' : null };
    steps.push(paid);
    for (const refund of refunds) {
      refunded = Math.min(AMOUNT, refunded + refund);
      const feeBack = Math.ceil((FEE * refunded) / AMOUNT);
      steps.push({ ...paid, refundedMinor: refunded, applicationFeeRefundedMinor: feeBack, status: refunded === AMOUNT ? PaymentStatus.REFUNDED : PaymentStatus.SUCCEEDED });
    }
    return steps.map((step, index) => ({ ...step, disputed: disputedAt !== null && index >= disputedAt && step.status !== PaymentStatus.OPEN }));
  });

describe('merge (Stripe facts onto a Payment row)', () => {
  it('ends where the latest facts say, whatever order and repeats the reads come in', () => {
    fc.assert(
      fc.property(
        history.chain((steps) => fc.tuple(fc.constant(steps), fc.array(fc.integer({ min: 0, max: steps.length - 1 }), { minLength: 1, maxLength: 12 }))),
        ([steps, picks]) => {
          const inOrder = freshPayment();
          for (const step of steps) merge(inOrder, step);
          // Any reads in any order, as long as the latest state was read at least once (the last event's handler reads it).
          const shuffled = freshPayment();
          for (const index of [...picks, steps.length - 1, ...picks]) merge(shuffled, steps[index]);
          const view = (payment: Payment) => ({ ...payment, id: undefined, createdAt: undefined, updatedAt: undefined, lastError: undefined });
          expect(view(shuffled)).toEqual(view(inOrder));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never moves a paid payment back to open, and never lets refunds shrink or pass the amount', () => {
    const payment = freshPayment();
    merge(payment, { paymentIntentId: 'pi_1', chargeId: 'ch_1', status: PaymentStatus.SUCCEEDED, refundedMinor: 4000, applicationFeeRefundedMinor: 400, disputed: true, lastError: null });
    merge(payment, { paymentIntentId: null, chargeId: null, status: PaymentStatus.OPEN, refundedMinor: 0, applicationFeeRefundedMinor: 0, disputed: false, lastError: 'late decline' });
    expect(payment).toMatchObject({ status: 'SUCCEEDED', paymentIntentId: 'pi_1', chargeId: 'ch_1', refundedMinor: 4000, applicationFeeRefundedMinor: 400, disputed: true, lastError: null });
    merge(payment, { paymentIntentId: 'pi_1', chargeId: 'ch_1', status: PaymentStatus.REFUNDED, refundedMinor: 99_999, applicationFeeRefundedMinor: 99_999, disputed: true, lastError: null });
    expect(payment).toMatchObject({ status: 'REFUNDED', refundedMinor: AMOUNT, applicationFeeRefundedMinor: FEE });
  });
});
