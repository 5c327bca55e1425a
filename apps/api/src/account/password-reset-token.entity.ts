import { randomUUID } from 'node:crypto';
import { Check, Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { User } from '../auth/entities/user.entity';

/** A single-use link to set a new password. Only the SHA-256 of its token is stored. */
@Entity({ tableName: 'password_reset_tokens' })
@Check({ name: 'password_reset_tokens_expiry_after_creation', expression: '"expires_at" > "created_at"' })
@Index({ name: 'password_reset_tokens_user_time_index', properties: ['user', 'createdAt'] })
export class PasswordResetToken {
  [OptionalProps]?: 'usedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { deleteRule: 'cascade', index: false })
  user!: User;

  @Property({ type: 'text', unique: 'password_reset_tokens_token_hash_unique' })
  tokenHash!: string;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  /** Set when the link is used, or when another reset or a password change made it moot. */
  @Property({ type: 'timestamptz', nullable: true })
  usedAt: Date | null = null;
}
