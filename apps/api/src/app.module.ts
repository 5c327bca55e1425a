import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { LoggerModule } from 'nestjs-pino';
import { AuthModule } from './auth/auth.module';
import { Clock, SystemClock } from './common/clock';
import { ClockModule } from './common/clock.module';
import { GraphqlExceptionFilter } from './common/errors/graphql-exception.filter';
import { graphqlOptions } from './common/graphql/graphql.options';
import { createValidationPipe } from './common/validation/validation.pipe';
import { ConfigModule } from './config/config.module';
import { AppConfig } from './config/config.schema';
import { buildOrmOptions } from './database/mikro-orm.options';
import { loggerOptions } from './common/logging/logger.options';
import { HealthModule } from './health/health.module';
import { AuditModule } from './audit/audit.module';
import { GoalsModule } from './goals/goals.module';
import { IntakeModule } from './intake/intake.module';
import { MatchingModule } from './matching/matching.module';
import { AvailabilityModule } from './availability/availability.module';
import { LicensingModule } from './licensing/licensing.module';
import { TaxonomyModule } from './taxonomy/taxonomy.module';
import { TherapistsModule } from './therapists/therapists.module';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  clock?: Clock;
}

@Module({})
export class AppModule {
  static forRoot({ config, databaseUrl, clock = new SystemClock() }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerOptions(config)),
        MikroOrmModule.forRoot(buildOrmOptions(databaseUrl)),
        GraphQLModule.forRoot<ApolloDriverConfig>({ driver: ApolloDriver, ...graphqlOptions(config) }),
        ClockModule.forRoot(clock),
        HealthModule,
        AuthModule,
        AuditModule,
        TaxonomyModule,
        TherapistsModule,
        LicensingModule,
        AvailabilityModule,
        IntakeModule,
        GoalsModule,
        MatchingModule,
      ],
      providers: [
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: GraphqlExceptionFilter },
      ],
    };
  }
}
