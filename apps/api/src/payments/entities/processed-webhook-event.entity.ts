import { Entity, PrimaryKey, Property } from '@mikro-orm/postgresql';

/** A Stripe event accepted once: its id is the key, so a redelivery is recognised and dropped. */
@Entity({ tableName: 'processed_webhook_events' })
export class ProcessedWebhookEvent {
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Property({ type: 'text' })
  type!: string;

  @Property({ type: 'timestamptz' })
  receivedAt!: Date;
}
