import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';

export enum Role {
  CLIENT = 'CLIENT',
  THERAPIST = 'THERAPIST',
  ADMIN = 'ADMIN',
}

@Entity({ tableName: 'users' })
// Emails are stored normalised (trimmed, lower-cased); the database enforces uniqueness
// case-insensitively as well, so no code path can create a duplicate.
@Unique({ name: 'users_email_lower_unique', expression: 'create unique index "users_email_lower_unique" on "users" (lower("email"))' })
@Check({ name: 'users_email_normalised', expression: `email = lower(btrim(email)) and email ~~ '%_@_%'::text` })
export class User {
  [OptionalProps]?: 'timeZone' | 'createdAt' | 'updatedAt' | 'deletedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  email!: string;

  @Property({ type: 'text', hidden: true, lazy: true })
  passwordHash!: string;

  @Enum({ items: () => Role, nativeEnumName: 'user_role' })
  role!: Role;

  @Property({ type: 'text' })
  timeZone: string = 'UTC';

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  /** Set when the person deleted their account: the row stays (bookings and the audit trail name it), anonymised. */
  @Property({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null = null;
}
