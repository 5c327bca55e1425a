import { Check, Entity, PrimaryKey, Property } from '@mikro-orm/postgresql';

/** Fixed-window hit counter shared by every api replica (no per-process state). */
@Entity({ tableName: 'rate_limit_buckets' })
@Check({ name: 'rate_limit_buckets_hits_positive', expression: '"hits" > 0' })
export class RateLimitBucket {
  @PrimaryKey({ type: 'text' })
  key!: string;

  @Property({ type: 'integer' })
  hits!: number;

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;
}
