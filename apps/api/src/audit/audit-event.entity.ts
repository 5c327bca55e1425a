import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { User } from '../auth/entities/user.entity';

/**
 * Who did what to which record, and why. Append-only: database triggers
 * refuse updates, deletes and TRUNCATE.
 */
@Entity({ tableName: 'audit_events' })
@Index({ name: 'audit_events_subject_index', properties: ['subjectType', 'subjectId'] })
export class AuditEvent {
  [OptionalProps]?: 'createdAt' | 'reason' | 'actor' | 'details';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Null for the system itself (e.g. the license expiry job). */
  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  actor: User | null = null;

  @Property({ type: 'text' })
  action!: string;

  @Property({ type: 'text' })
  subjectType!: string;

  /** Null only when the subject does not exist (a failed log-in for an unknown email). */
  @Property({ type: 'uuid', nullable: true })
  subjectId!: string | null;

  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  /** Non-sensitive context (status before/after). Never health data or secrets. */
  @Property({ type: 'jsonb', nullable: true })
  details: Record<string, unknown> | null = null;

  @Property({ type: 'timestamptz' })
  @Index({ name: 'audit_events_created_at_index' })
  createdAt: Date = new Date();
}
