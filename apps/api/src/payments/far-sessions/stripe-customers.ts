import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import Stripe from 'stripe';
import { User } from '../../auth/entities/user.entity';
import { Clock } from '../../common/clock';
import { StripeCustomer } from '../entities/stripe-customer.entity';
import { STRIPE } from '../stripe-client';

/** The client's Stripe Customer: created once (idempotency key from the user), kept in `stripe_customers`. */
@Injectable()
export class StripeCustomers {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    @Inject(STRIPE) private readonly stripe: Stripe,
  ) {}

  async customerIdFor(userId: string): Promise<string> {
    const em = this.em.fork();
    const known = await em.findOne(StripeCustomer, { user: userId });
    if (known) return known.customerId;
    const user = await em.findOneOrFail(User, userId);
    const customer = await this.stripe.customers.create({ email: user.email, metadata: { userId } }, { idempotencyKey: `rapport:customer:${userId}` });
    // Two requests at once make the same customer (same key); the first row wins.
    await em.getConnection().execute(
      `insert into stripe_customers (user_id, customer_id, created_at) values (?, ?, ?) on conflict (user_id) do nothing`,
      [userId, customer.id, this.clock.now()],
    );
    return (await this.em.fork().findOneOrFail(StripeCustomer, { user: userId })).customerId;
  }
}
