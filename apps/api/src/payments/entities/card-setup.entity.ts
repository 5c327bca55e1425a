import { Check, Entity, Enum, OneToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { Booking } from '../../bookings/entities/booking.entity';

export enum CardSetupStatus {
  /** The setup-mode Checkout Session is open. */
  OPEN = 'OPEN',
  /** The card is saved on the client's Customer: the booking is charged off-session later. */
  SAVED = 'SAVED',
  /** The session expired (or the hold lapsed) before a card was saved. */
  EXPIRED = 'EXPIRED',
}

/**
 * A far session's saved card: the setup-mode Checkout Session that collects
 * it, then the SetupIntent and PaymentMethod the off-session charge uses.
 */
@Entity({ tableName: 'card_setups' })
@Unique({ name: 'card_setups_checkout_session_id_unique', properties: ['checkoutSessionId'] })
@Check({ name: 'card_setups_saved_has_card', expression: "((status <> 'SAVED'::card_setup_status) OR ((payment_method_id IS NOT NULL) AND (setup_intent_id IS NOT NULL)))" })
export class CardSetup {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'status' | 'setupIntentId' | 'paymentMethodId' | 'checkoutUrl';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @OneToOne(() => Booking, { owner: true, deleteRule: 'restrict', unique: 'card_setups_booking_id_unique' })
  booking!: Booking;

  @Property({ type: 'text' })
  checkoutSessionId!: string;

  /** Where the client saves the card while the session is open (Stripe drops it once complete: an adopted session may have none). */
  @Property({ type: 'text', nullable: true })
  checkoutUrl: string | null = null;

  @Property({ type: 'text' })
  customerId!: string;

  @Property({ type: 'text', nullable: true })
  setupIntentId: string | null = null;

  @Property({ type: 'text', nullable: true })
  paymentMethodId: string | null = null;

  @Enum({ items: () => CardSetupStatus, nativeEnumName: 'card_setup_status' })
  status: CardSetupStatus = CardSetupStatus.OPEN;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
