import { DynamicModule, Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Clock, SystemClock } from './common/clock';
import { ClockModule } from './common/clock.module';
import { ConfigModule } from './config/config.module';
import { AppConfig } from './config/config.schema';
import { buildOrmOptions } from './database/mikro-orm.options';

export interface CoreModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  clock?: Clock;
}

/**
 * What every Nest container of Rapport stands on: the validated config, the
 * database and the clock. The web application (AppModule) and the CLIs
 * (cli/cli-support.ts) both start from it, then add the feature modules they need.
 */
@Module({})
export class CoreModule {
  static forRoot({ config, databaseUrl, clock = new SystemClock() }: CoreModuleOptions): DynamicModule {
    return {
      module: CoreModule,
      imports: [
        ConfigModule.forRoot(config),
        // The web application installs its own request context (database/request-context.ts: a fork
        // on first use); the CLIs and jobs make theirs with inContextOfItsOwn (the same file).
        MikroOrmModule.forRoot({ ...buildOrmOptions(databaseUrl), registerRequestContext: false }),
        ClockModule.forRoot(clock),
      ],
    };
  }
}
