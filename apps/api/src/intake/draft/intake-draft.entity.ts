import { randomUUID } from 'node:crypto';
import { Entity, OneToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { User } from '../../auth/entities/user.entity';
import { isStale, openJson, sealJson } from '../../common/encryption/sealed-json';

/** The wizard's unfinished answers, as the web app holds them, and the step the client was on. */
export interface IntakeDraftContent {
  /** The form's own JSON (not yet validated: it is work in progress). */
  answers: string;
  stepIndex: number;
}

/**
 * A signed-in client's unfinished intake, so it survives a new tab or device.
 * Health data like the intake itself: only ciphertext bound to this row is stored;
 * one per client, deleted when the intake is submitted.
 */
@Entity({ tableName: 'intake_drafts' })
export class IntakeDraft {
  [OptionalProps]?: 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @OneToOne(() => User, { owner: true, deleteRule: 'cascade', unique: 'intake_drafts_client_id_unique' })
  client!: User;

  @Property({ fieldName: 'content', type: 'text', hidden: true })
  sealedContent!: string;

  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();

  constructor(fields: { client: User; content: IntakeDraftContent; updatedAt: Date }) {
    this.client = fields.client;
    this.content = fields.content;
    this.updatedAt = fields.updatedAt;
  }

  get content(): IntakeDraftContent {
    return openJson(this.sealedContent, { column: 'intake_drafts.content', rowId: this.id });
  }

  set content(value: IntakeDraftContent) {
    this.sealedContent = sealJson(value, { column: 'intake_drafts.content', rowId: this.id });
  }

  /** Re-seals a value in an old format or under an old key; true when it changed. */
  resealStaleValues(): boolean {
    const stale = isStale(this.sealedContent);
    if (stale) this.content = this.content;
    return stale;
  }
}
