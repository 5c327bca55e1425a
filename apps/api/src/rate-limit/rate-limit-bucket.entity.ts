import { Check, Entity, PrimaryKey, Property } from '@mikro-orm/postgresql';

/**
 * Fixed-window hit counter shared by every api replica: sign-in limits add each hit as it comes,
 * the budgets of expensive operations each process's hits in batches (BudgetCounter).
 */
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
