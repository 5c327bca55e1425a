import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule, AppModuleOptions } from './app.module';
import { configureHttp } from './http/configure-http';
import { AppLogger, createRootLogger, requestLogging } from './common/logging/logging';
import { useKeyring } from './common/encryption/sealed-json';
import { loadKeyring } from './common/encryption/keyring';

/** Builds the whole application; main.ts and the end-to-end tests both use this. */
export async function createApp(options: AppModuleOptions): Promise<NestExpressApplication> {
  useKeyring(loadKeyring(options.config));
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), {
    bodyParser: false, // configureHttp installs its own, keeping raw bytes for webhook signatures
    bufferLogs: true,
  });
  const logger = createRootLogger(options.config.LOG_LEVEL);
  app.useLogger(new AppLogger(logger));
  // First in the chain: the request's id and log line cover everything after it.
  app.use(requestLogging(logger));
  configureHttp(app, options.config);
  return app;
}
