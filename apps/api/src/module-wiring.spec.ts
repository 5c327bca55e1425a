import 'reflect-metadata';
import { DynamicModule, INestApplicationContext, Module, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { createTestDatabase, TestDatabase } from '../../../test/support/test-database';
import { FixedClock } from '../../../test/support/fixed-clock';
import { AccountModule } from './account/account.module';
import { AdminModule } from './admin/admin.module';
import { AppModule } from './app.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { AvailabilityModule } from './availability/availability.module';
import { BookingsModule } from './bookings/bookings.module';
import { CalendarFeedModule } from './calendar-feed/calendar-feed.module';
import { NotificationsModule } from './notifications/notifications.module';
import { ClientRecordsModule } from './client-records/client-records.module';
import { WaitlistModule } from './waitlist/waitlist.module';
import { AllianceModule } from './alliance/alliance.module';
import { ClockModule } from './common/clock.module';
import { ConfigModule } from './config/config.module';
import { loadConfig } from './config/config.schema';
import { buildOrmOptions } from './database/mikro-orm.options';
import { GoalsModule } from './goals/goals.module';
import { HealthModule } from './health/health.module';
import { IntakeModule } from './intake/intake.module';
import { JobsModule } from './jobs/jobs.module';
import { MailModule } from './mail/mail.module';
import { LocalMailboxModule } from './mail/local-mailbox/local-mailbox.module';
import { LicensingModule } from './licensing/licensing.module';
import { MatchingModule } from './matching/matching.module';
import { OutboxModule } from './outbox/outbox.module';
import { PaymentsModule } from './payments/payments.module';
import { LedgerModule } from './payments/ledger/ledger.module';
import { SuperbillModule } from './payments/superbill/superbill.module';
import { RateLimitModule } from './rate-limit/rate-limit.module';
import { TaxonomyModule } from './taxonomy/taxonomy.module';
import { TherapistsModule } from './therapists/therapists.module';

// Every feature module must work with only the infrastructure (config, clock,
// database) beside it: a module that needs another's service imports that
// module, so no feature works only because AppModule happens to import something.
const FEATURE_MODULES: [string, Type][] = [
  ['AllianceModule', AllianceModule],
  ['AccountModule', AccountModule],
  ['AdminModule', AdminModule],
  ['AuditModule', AuditModule],
  ['AuthModule', AuthModule],
  ['AvailabilityModule', AvailabilityModule],
  ['BookingsModule', BookingsModule],
  ['CalendarFeedModule', CalendarFeedModule],
  ['ClientRecordsModule', ClientRecordsModule],
  ['GoalsModule', GoalsModule],
  ['HealthModule', HealthModule],
  ['IntakeModule', IntakeModule],
  ['JobsModule', JobsModule],
  ['LicensingModule', LicensingModule],
  ['LocalMailboxModule', LocalMailboxModule],
  ['MailModule', MailModule],
  ['MatchingModule', MatchingModule],
  ['NotificationsModule', NotificationsModule],
  ['OutboxModule', OutboxModule],
  ['LedgerModule', LedgerModule],
  ['PaymentsModule', PaymentsModule],
  ['RateLimitModule', RateLimitModule],
  ['SuperbillModule', SuperbillModule],
  ['TaxonomyModule', TaxonomyModule],
  ['TherapistsModule', TherapistsModule],
  ['WaitlistModule', WaitlistModule],
];

// Infrastructure is global on purpose; nothing else may be. ThrottlerModule is global by
// @nestjs/throttler's own design; only RateLimitModule imports it.
const GLOBAL_ON_PURPOSE = new Set(['ConfigModule', 'ClockModule', 'MikroOrmCoreModule', 'GraphQLModule', 'ThrottlerModule']);

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.drop());

function infrastructureWith(feature: Type): DynamicModule {
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: database.url, LOG_LEVEL: 'silent' });
  @Module({})
  class IsolatedFeature {}
  return {
    module: IsolatedFeature,
    imports: [
      ConfigModule.forRoot(config),
      ClockModule.forRoot(new FixedClock(new Date('2026-11-25T12:00:00Z'))),
      MikroOrmModule.forRoot(buildOrmOptions(database.url)),
      feature,
    ],
  };
}

it.each(FEATURE_MODULES)('%s resolves every dependency with only the infrastructure beside it', async (_name, feature) => {
  let context: INestApplicationContext | undefined;
  try {
    context = await NestFactory.createApplicationContext(infrastructureWith(feature), { logger: false, abortOnError: false });
  } finally {
    await context?.close();
  }
  expect(context).toBeDefined();
});

it('marks no feature module global', () => {
  const globals = new Set<string>();
  const visit = (module: Type | DynamicModule, seen = new Set<unknown>()) => {
    const type = 'module' in module ? module.module : module;
    if (seen.has(module)) return;
    seen.add(module);
    if (Reflect.getMetadata('__module:global__', type) || ('global' in module && module.global)) globals.add(type.name);
    const imports: (Type | DynamicModule)[] = [...(Reflect.getMetadata('imports', type) ?? []), ...('imports' in module ? (module.imports as (Type | DynamicModule)[]) : [])];
    for (const imported of imports) {
      if (typeof imported === 'function' || (typeof imported === 'object' && imported !== null && 'module' in imported)) visit(imported, seen);
    }
  };
  visit(AppModule.forRoot({ config: loadConfig({ NODE_ENV: 'test', DATABASE_URL: 'postgres://unused/db' }), databaseUrl: 'postgres://unused/db' }));
  for (const [name] of FEATURE_MODULES) expect(globals.has(name)).toBe(false);
  expect([...globals].filter((name) => !GLOBAL_ON_PURPOSE.has(name))).toEqual([]);
});
