import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import Stripe from 'stripe';
import { Booking } from '../../bookings/entities/booking.entity';
import { APP_CONFIG } from '../../config/config.module';
import { AppConfig } from '../../config/config.schema';
import { CardSetup, CardSetupStatus } from '../entities/card-setup.entity';
import { PaymentError } from '../payments.errors';
import { idOf } from '../payment-records';
import { STRIPE } from '../stripe-client';
import { publicUrlOf } from '../../config/public-url';
import { StripeCustomers } from './stripe-customers';

/**
 * A far session's card: a setup-mode Checkout Session on the client's
 * Customer (no charge), then the saved PaymentMethod, mirrored from Stripe
 * into `card_setups`. Keyed by the booking, so a retry never makes a second session.
 */
@Injectable()
export class CardSetups {
  private readonly logger = new Logger('Payments');

  constructor(
    private readonly em: EntityManager,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(STRIPE) private readonly stripe: Stripe,
    private readonly customers: StripeCustomers,
  ) {}

  /** The booking's setup session (the open one, or a new one): where the client saves their card. */
  async start(booking: Booking, expiresAt: Date): Promise<string> {
    const returnUrl = `${publicUrlOf(this.config)}/payment/${booking.id}`;
    const existing = await this.em.fork().findOne(CardSetup, { booking: booking.id });
    // A session already completed has no URL any more: the return page settles it.
    if (existing) return existing.checkoutUrl ?? returnUrl;
    let session: Stripe.Checkout.Session;
    try {
      const customer = await this.customers.customerIdFor(booking.client.id);
      session = await this.stripe.checkout.sessions.create(
        {
          mode: 'setup',
          currency: booking.currency,
          customer,
          setup_intent_data: { metadata: { bookingId: booking.id }, description: `Card for ${booking.sessionType.name} (charged before the session)` },
          client_reference_id: booking.id,
          metadata: { bookingId: booking.id, purpose: 'card_setup' },
          expires_at: Math.floor(expiresAt.getTime() / 1000),
          success_url: `${returnUrl}?session_id={CHECKOUT_SESSION_ID}`,
          cancel_url: `${returnUrl}?cancelled=1`,
        },
        { idempotencyKey: `rapport:card-setup:${booking.id}` },
      );
    } catch (error) {
      this.logger.warn(`card setup for booking ${booking.id} failed: ${error instanceof Error ? error.message : String(error)}`);
      throw PaymentError.stripeUnavailable();
    }
    await this.record(booking.id, session);
    return session.url!;
  }

  /** Writes the session's row once (a concurrent start with the same key made the same session). */
  async record(bookingId: string, session: Stripe.Checkout.Session): Promise<void> {
    await this.em.fork().getConnection().execute(
      `insert into card_setups (id, booking_id, checkout_session_id, checkout_url, customer_id, status, created_at, updated_at)
       values (gen_random_uuid(), ?, ?, ?, ?, 'OPEN', now(), now()) on conflict do nothing`,
      [bookingId, session.id, session.url, idOf(session.customer)],
    );
  }

  /** Mirrors Stripe onto the booking's setup row: SAVED with the card once the SetupIntent succeeded. */
  async sync(bookingId: string): Promise<CardSetup | null> {
    const unlocked = await this.em.fork().findOne(CardSetup, { booking: bookingId });
    if (!unlocked || unlocked.status !== CardSetupStatus.OPEN) return unlocked;
    const session = await this.stripe.checkout.sessions.retrieve(unlocked.checkoutSessionId);
    let saved: { setupIntentId: string; paymentMethodId: string } | null = null;
    const setupIntentId = idOf(session.setup_intent);
    if (session.status === 'complete' && setupIntentId) {
      const intent = await this.stripe.setupIntents.retrieve(setupIntentId);
      const paymentMethodId = idOf(intent.payment_method);
      if (intent.status === 'succeeded' && paymentMethodId) saved = { setupIntentId, paymentMethodId };
    }
    if (!saved && session.status !== 'expired') return unlocked;
    return this.em.fork().transactional(async (tx) => {
      const setup = await tx.findOneOrFail(CardSetup, unlocked.id, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (setup.status !== CardSetupStatus.OPEN) return setup;
      if (saved) Object.assign(setup, { status: CardSetupStatus.SAVED, ...saved });
      else setup.status = CardSetupStatus.EXPIRED;
      return setup;
    });
  }

  /** A lapsed hold's setup session stops taking cards. */
  async expire(bookingId: string): Promise<void> {
    const setup = await this.em.fork().findOne(CardSetup, { booking: bookingId });
    if (!setup || setup.status !== CardSetupStatus.OPEN) return;
    const session = await this.stripe.checkout.sessions.retrieve(setup.checkoutSessionId);
    if (session.status === 'open') {
      await this.stripe.checkout.sessions.expire(setup.checkoutSessionId).catch((error: unknown) => {
        this.logger.warn(`expiring card setup of booking ${bookingId}: ${error instanceof Error ? error.message : String(error)}`);
      });
    }
    await this.sync(bookingId);
  }
}
