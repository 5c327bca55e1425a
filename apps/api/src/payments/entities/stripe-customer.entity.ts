import { Entity, OneToOne, Property, Unique } from '@mikro-orm/postgresql';
import { User } from '../../auth/entities/user.entity';

/** The client's Stripe Customer, made once: saved cards live on it. */
@Entity({ tableName: 'stripe_customers' })
@Unique({ name: 'stripe_customers_customer_id_unique', properties: ['customerId'] })
export class StripeCustomer {
  @OneToOne(() => User, { primary: true, owner: true, deleteRule: 'restrict' })
  user!: User;

  @Property({ type: 'text' })
  customerId!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
