import { ExecutionContext, Module } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerModule } from '@nestjs/throttler';
import { EntityManager } from '@mikro-orm/postgresql';
import { AppRequest, requestOf } from '../common/graphql/request-of';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { budgetOf } from './rate-limit-budget.decorator';
import { BudgetCounter } from './budget-counter';
import { PostgresThrottlerStorage } from './postgres-throttler.storage';
import { anonymousCaller, budgetKey, BUDGETS, MINUTE, QueryBudget, queriesSpentFor, signedInCaller } from './query-budget';

const isSignIn = (context: ExecutionContext) => budgetOf(context) === undefined;

/** Signed-in callers are counted per user (people behind one NAT do not share), others per IP. */
async function callerOf(request: Record<string, unknown>): Promise<string> {
  const { auth, ip } = request as unknown as AppRequest;
  const user = (await auth)?.user;
  return user ? signedInCaller(user.id) : anonymousCaller(ip);
}

/**
 * Limits applied with @UseGuards(GraphqlThrottlerGuard), @ExpensiveQuery() or @CalendarImport(), not globally:
 * - sign-in, sign-up and changePassword: per client IP (as TRUSTED_PROXIES lets
 *   Express see it) and per target account — the email of logIn/signUp, or the
 *   signed-in user of changePassword — so one account cannot be brute-forced from many IPs;
 * - expensive public queries: one shared budget per client IP, or per user
 *   (higher) when signed in;
 * - calendar imports (upload, feed, refresh): a small budget per user;
 * - booking changes (hold, confirm, cancel, reschedule, series): a budget per user.
 */
/** The one BudgetCounter of the app: the guard's budgets and QueryBudget (kept search answers) count in it alike. */
@Module({
  providers: [{ provide: BudgetCounter, inject: [EntityManager], useFactory: (em: EntityManager) => new BudgetCounter(em) }],
  exports: [BudgetCounter],
})
class BudgetCounterModule {}

@Module({
  imports: [
    BudgetCounterModule,
    ThrottlerModule.forRootAsync({
      imports: [BudgetCounterModule],
      inject: [APP_CONFIG, EntityManager, BudgetCounter],
      useFactory: (config: AppConfig, em: EntityManager, budgets: BudgetCounter) => ({
        storage: new PostgresThrottlerStorage(em, budgets, BUDGETS),
        setHeaders: false,
        throttlers: [
          { name: 'ip', ttl: MINUTE, limit: config.AUTH_RATE_LIMIT_PER_MINUTE, skipIf: (context) => !isSignIn(context) },
          {
            name: 'account',
            ttl: MINUTE,
            limit: config.AUTH_RATE_LIMIT_PER_MINUTE,
            getTracker: (request, context) => accountOf(request as AppRequest, context),
            skipIf: (context) => !isSignIn(context),
          },
          {
            name: 'queries',
            ttl: MINUTE,
            limit: async (context: ExecutionContext) =>
              (await requestOf(context).auth)?.user ? config.SIGNED_IN_QUERY_RATE_LIMIT_PER_MINUTE : config.PUBLIC_QUERY_RATE_LIMIT_PER_MINUTE,
            getTracker: callerOf,
            generateKey: budgetKey,
            // A search KeptSearchResponses looked at has spent it already, with its counters.
            skipIf: (context: ExecutionContext) => budgetOf(context) !== 'queries' || queriesSpentFor(requestOf(context)),
          },
          {
            name: 'imports',
            ttl: MINUTE,
            limit: config.CALENDAR_IMPORT_RATE_LIMIT_PER_MINUTE,
            getTracker: callerOf,
            generateKey: budgetKey,
            skipIf: (context: ExecutionContext) => budgetOf(context) !== 'imports',
          },
          {
            name: 'bookings',
            ttl: MINUTE,
            limit: config.BOOKING_RATE_LIMIT_PER_MINUTE,
            getTracker: callerOf,
            generateKey: budgetKey,
            skipIf: (context: ExecutionContext) => budgetOf(context) !== 'bookings',
          },
        ],
      }),
    }),
  ],
  providers: [QueryBudget],
  exports: [ThrottlerModule, QueryBudget],
})
export class RateLimitModule {}

async function accountOf(request: AppRequest, context: Parameters<typeof GqlExecutionContext.create>[0]): Promise<string> {
  const args = GqlExecutionContext.create(context).getArgs<{ input?: { email?: unknown } }>();
  const email = args.input?.email;
  if (typeof email === 'string') return `email:${email.trim().toLowerCase()}`;
  // The guard layer (a global guard, so it ran first) has looked the session up.
  const userId = (await request.auth)?.user?.id;
  return userId ? `user:${userId}` : 'anonymous';
}
