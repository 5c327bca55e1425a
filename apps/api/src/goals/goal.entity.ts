import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { User } from '../auth/entities/user.entity';
import { EncryptedJsonType } from '../common/encryption/encrypted-json.type';
import type { ScreenerRecord } from '../intake/intake.entity';

/** A therapeutic goal in the client's own words (encrypted). */
@Entity({ tableName: 'goals' })
export class Goal {
  [OptionalProps]?: 'createdAt' | 'archivedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  @Index({ name: 'goals_client_id_index' })
  client!: User;

  @Property({ type: new EncryptedJsonType<string>('goals.text'), columnType: 'text' })
  text!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  archivedAt: Date | null = null;
}

export interface CheckInContent {
  phq9: (ScreenerRecord & { selfHarmItemPositive: boolean }) | null;
  gad7: ScreenerRecord | null;
  /** Progress on each goal, 0 (not at all) … 10 (fully there). */
  goalProgress: { goalId: string; progress: number }[];
  note: string | null;
}

/** A point on the client's progress chart: re-taken screeners and goal ratings (encrypted). */
@Entity({ tableName: 'goal_check_ins' })
@Index({ name: 'goal_check_ins_client_time_index', properties: ['client', 'createdAt'] })
export class GoalCheckIn {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { deleteRule: 'cascade', index: false })
  client!: User;

  @Property({ type: new EncryptedJsonType<CheckInContent>('goal_check_ins.content'), columnType: 'text' })
  content!: CheckInContent;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
