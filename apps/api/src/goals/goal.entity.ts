import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { User } from '../auth/entities/user.entity';
import { isStale, openJson, sealJson } from '../common/encryption/sealed-json';
import type { ScreenerRecord } from '../intake/intake.entity';

/** A therapeutic goal in the client's own words: stored only as ciphertext bound to this row. */
@Entity({ tableName: 'goals' })
export class Goal {
  [OptionalProps]?: 'createdAt' | 'archivedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  @Index({ name: 'goals_client_id_index' })
  client!: User;

  @Property({ fieldName: 'text', type: 'text', hidden: true })
  sealedText!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  archivedAt: Date | null = null;

  constructor(fields: { client: User; text: string; createdAt: Date }) {
    this.client = fields.client;
    this.text = fields.text;
    this.createdAt = fields.createdAt;
  }

  get text(): string {
    return openJson(this.sealedText, { column: 'goals.text', rowId: this.id });
  }

  set text(value: string) {
    this.sealedText = sealJson(value, { column: 'goals.text', rowId: this.id });
  }

  /** Re-seals a value in an old format or under an old key; true when it changed. */
  resealStaleValues(): boolean {
    const stale = isStale(this.sealedText);
    if (stale) this.text = this.text;
    return stale;
  }
}

export interface CheckInContent {
  phq9: (ScreenerRecord & { selfHarmItemPositive: boolean }) | null;
  gad7: ScreenerRecord | null;
  /** Progress on each goal, 0 (not at all) … 10 (fully there). */
  goalProgress: { goalId: string; progress: number }[];
  note: string | null;
}

/** A point on the client's progress chart: re-taken screeners and goal ratings, stored only as ciphertext bound to this row. */
@Entity({ tableName: 'goal_check_ins' })
@Index({ name: 'goal_check_ins_client_time_index', properties: ['client', 'createdAt'] })
export class GoalCheckIn {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { deleteRule: 'cascade', index: false })
  client!: User;

  @Property({ fieldName: 'content', type: 'text', hidden: true })
  sealedContent!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  constructor(fields: { client: User; content: CheckInContent; createdAt: Date }) {
    this.client = fields.client;
    this.content = fields.content;
    this.createdAt = fields.createdAt;
  }

  get content(): CheckInContent {
    return openJson(this.sealedContent, { column: 'goal_check_ins.content', rowId: this.id });
  }

  set content(value: CheckInContent) {
    this.sealedContent = sealJson(value, { column: 'goal_check_ins.content', rowId: this.id });
  }

  /** Re-seals a value in an old format or under an old key; true when it changed. */
  resealStaleValues(): boolean {
    const stale = isStale(this.sealedContent);
    if (stale) this.content = this.content;
    return stale;
  }
}
