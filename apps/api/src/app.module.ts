import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { AccountModule } from './account/account.module';
import { AdminModule } from './admin/admin.module';
import { AuthModule } from './auth/auth.module';
import { GraphqlExceptionFilter } from './common/errors/graphql-exception.filter';
import { CompiledApolloDriver } from './common/graphql/compiled-apollo.driver';
import { graphqlOptions } from './common/graphql/graphql.options';
import { createValidationPipe } from './common/validation/validation.pipe';
import { CoreModule, CoreModuleOptions } from './core.module';
import { HealthModule } from './health/health.module';
import { JobsModule } from './jobs/jobs.module';
import { MailModule } from './mail/mail.module';
import { LocalMailboxModule } from './mail/local-mailbox/local-mailbox.module';
import { AuditModule } from './audit/audit.module';
import { GoalsModule } from './goals/goals.module';
import { IntakeModule } from './intake/intake.module';
import { MatchingModule } from './matching/matching.module';
import { AvailabilityModule } from './availability/availability.module';
import { BookingsModule } from './bookings/bookings.module';
import { CalendarFeedModule } from './calendar-feed/calendar-feed.module';
import { NotificationsModule } from './notifications/notifications.module';
import { ClientRecordsModule } from './client-records/client-records.module';
import { WaitlistModule } from './waitlist/waitlist.module';
import { AllianceModule } from './alliance/alliance.module';
import { PaymentsModule } from './payments/payments.module';
import { LedgerModule } from './payments/ledger/ledger.module';
import { SuperbillModule } from './payments/superbill/superbill.module';
import { LicensingModule } from './licensing/licensing.module';
import { TaxonomyModule } from './taxonomy/taxonomy.module';
import { TherapistsModule } from './therapists/therapists.module';

export type AppModuleOptions = CoreModuleOptions;

@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    const { config } = options;
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(options),
        GraphQLModule.forRoot<ApolloDriverConfig>({ driver: CompiledApolloDriver, ...graphqlOptions(config) }),
        HealthModule,
        JobsModule,
        MailModule,
        AuthModule,
        AuditModule,
        TaxonomyModule,
        TherapistsModule,
        LicensingModule,
        AvailabilityModule,
        IntakeModule,
        GoalsModule,
        MatchingModule,
        BookingsModule,
        CalendarFeedModule,
        NotificationsModule,
        ClientRecordsModule,
        WaitlistModule,
        AllianceModule,
        PaymentsModule,
        LedgerModule,
        SuperbillModule,
        AccountModule,
        AdminModule,
        // Development only, and only while mail is kept locally: absent from production's schema and routes.
        ...(config.localMailboxEnabled ? [LocalMailboxModule] : []),
      ],
      providers: [
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: GraphqlExceptionFilter },
      ],
    };
  }
}
