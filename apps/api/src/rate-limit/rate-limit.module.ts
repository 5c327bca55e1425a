import { Module } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerModule } from '@nestjs/throttler';
import { EntityManager } from '@mikro-orm/postgresql';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { AppRequest } from '../common/graphql/request-of';
import { PostgresThrottlerStorage } from './postgres-throttler.storage';
import { durationMs } from '@rapport/domain';

const MINUTE = durationMs({ minutes: 1 });

/**
 * Two limits on sensitive operations: per client IP (as TRUSTED_PROXIES lets
 * Express see it), and per target account, so one account cannot be
 * brute-forced from many IPs: the email of logIn/signUp, or the signed-in
 * user of changePassword. Applied with @UseGuards(GraphqlThrottlerGuard)
 * where needed, not globally.
 */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG, EntityManager],
      useFactory: (config: AppConfig, em: EntityManager) => ({
        storage: new PostgresThrottlerStorage(em),
        setHeaders: false,
        throttlers: [
          { name: 'ip', ttl: MINUTE, limit: config.AUTH_RATE_LIMIT_PER_MINUTE },
          {
            name: 'account',
            ttl: MINUTE,
            limit: config.AUTH_RATE_LIMIT_PER_MINUTE,
            getTracker: (request, context) => accountOf(request as AppRequest, context),
          },
        ],
      }),
    }),
  ],
  exports: [ThrottlerModule],
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
