import { Module } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerModule } from '@nestjs/throttler';
import { EntityManager } from '@mikro-orm/postgresql';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { PostgresThrottlerStorage } from './postgres-throttler.storage';
import { durationMs } from '@rapport/domain';

const MINUTE = durationMs({ minutes: 1 });

/**
 * Two limits on sensitive operations: per client IP, and per target email
 * (so one account cannot be brute-forced from many IPs). Applied with
 * @UseGuards(GraphqlThrottlerGuard) where needed, not globally.
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
            name: 'email',
            ttl: MINUTE,
            limit: config.AUTH_RATE_LIMIT_PER_MINUTE,
            getTracker: (_request, context) => emailArgumentOf(context),
          },
        ],
      }),
    }),
  ],
  exports: [ThrottlerModule],
})
export class RateLimitModule {}

function emailArgumentOf(context: Parameters<typeof GqlExecutionContext.create>[0]): string {
  const args = GqlExecutionContext.create(context).getArgs<{ input?: { email?: unknown } }>();
  const email = args.input?.email;
  return typeof email === 'string' ? email.trim().toLowerCase() : 'no-email';
}
