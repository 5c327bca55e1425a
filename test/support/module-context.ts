import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { DynamicModule, INestApplicationContext, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Clock } from '../../apps/api/src/common/clock';
import { ClockModule } from '../../apps/api/src/common/clock.module';
import { parseKeyring } from '../../apps/api/src/common/encryption/field-encryption';
import { useKeyring } from '../../apps/api/src/common/encryption/sealed-json';
import { ConfigModule } from '../../apps/api/src/config/config.module';
import { loadConfig } from '../../apps/api/src/config/config.schema';
import { buildOrmOptions } from '../../apps/api/src/database/mikro-orm.options';
import { FixedClock } from './fixed-clock';

/**
 * Some feature modules with only the infrastructure beside them (config, clock,
 * database), as one API replica would run them: for services that need the
 * Nest lifecycle (the job queue's workers) but not HTTP.
 */
// One key per test process, so a message sealed by one context opens in the next (a restart).
const KEYRING = parseKeyring(`ctx:${randomBytes(32).toString('base64')}`);

export async function startModuleContext(options: {
  databaseUrl: string;
  imports: (Type | DynamicModule)[];
  env?: Record<string, string>;
  clock?: Clock;
}): Promise<INestApplicationContext> {
  useKeyring(KEYRING);
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: options.databaseUrl, LOG_LEVEL: 'silent', JOBS_POLL_INTERVAL_SECONDS: '0.5', ...options.env });
  class ModuleContext {}
  const root: DynamicModule = {
    module: ModuleContext,
    imports: [
      ConfigModule.forRoot(config),
      ClockModule.forRoot(options.clock ?? new FixedClock(new Date('2026-11-25T12:00:00Z'))),
      MikroOrmModule.forRoot(buildOrmOptions(options.databaseUrl)),
      ...options.imports,
    ],
  };
  return NestFactory.createApplicationContext(root, { logger: false });
}
