import { randomUUID } from 'node:crypto';
import { Check, Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { User } from './user.entity';

/** A signed-in session. Only the SHA-256 of its opaque token is stored. */
@Entity({ tableName: 'auth_sessions' })
@Check({ name: 'auth_sessions_expiry_after_creation', expression: '"expires_at" > "created_at"' })
@Check({ name: 'auth_sessions_last_used_after_creation', expression: '"last_used_at" >= "created_at"' })
export class AuthSession {
  [OptionalProps]?: 'createdAt' | 'revokedAt' | 'lastUsedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  @Index({ name: 'auth_sessions_user_id_index' })
  user!: User;

  @Property({ type: 'text', unique: 'auth_sessions_token_hash_unique' })
  tokenHash!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  /** For the idle timeout; recorded at most once a minute (see sessionStanding). */
  @Property({ type: 'timestamptz' })
  lastUsedAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;
}
