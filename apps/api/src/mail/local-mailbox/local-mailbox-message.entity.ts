import { randomUUID } from 'node:crypto';
import { Check, Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { openJson, sealJson } from '../../common/encryption/sealed-json';
import { OutgoingMail } from '../mail-message';

/**
 * A message kept instead of sent (no SMTP_URL). Only the recipient and time are
 * in clear, to list a person's own mail; the message itself may say something
 * about their care, so it is sealed like health data.
 */
@Entity({ tableName: 'local_mailbox' })
@Index({ name: 'local_mailbox_recipient_index', properties: ['recipient', 'createdAt'] })
@Check({ name: 'local_mailbox_recipient_lower_case', expression: 'recipient = lower(recipient)' })
export class LocalMailboxMessage {
  [OptionalProps]?: 'createdAt';

  /** The queued job's id: a retried delivery finds the row it already wrote. */
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Lower-case address. */
  @Property({ type: 'text' })
  recipient!: string;

  @Property({ fieldName: 'content', type: 'text', hidden: true })
  sealedContent!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  constructor(fields: { id: string; mail: OutgoingMail; createdAt: Date }) {
    this.id = fields.id;
    this.recipient = fields.mail.to.toLowerCase();
    this.mail = fields.mail;
    this.createdAt = fields.createdAt;
  }

  get mail(): OutgoingMail {
    return openJson(this.sealedContent, { column: 'local_mailbox.content', rowId: this.id });
  }

  set mail(value: OutgoingMail) {
    this.sealedContent = sealJson(value, { column: 'local_mailbox.content', rowId: this.id });
  }
}
