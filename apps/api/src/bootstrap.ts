import { MikroORM } from '@mikro-orm/postgresql';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule, AppModuleOptions } from './app.module';
import { configureHttp } from './http/configure-http';
import { PrototypedExpressAdapter } from './http/prototyped-express-adapter';
import { KeptSearchResponses } from './matching/search/kept-responses';
import { currentRequestId, requestContext } from './database/request-context';
import { AppLogger, createRootLogger, requestLogging } from './common/logging/logging';
import { useKeyring } from './common/encryption/sealed-json';
import { loadKeyring } from './common/encryption/keyring';

/** Builds the whole application; main.ts and the end-to-end tests both use this. */
export async function createApp(options: AppModuleOptions): Promise<NestExpressApplication> {
  useKeyring(loadKeyring(options.config));
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), new PrototypedExpressAdapter(), {
    bodyParser: false, // configureHttp installs its own, keeping raw bytes for webhook signatures
    bufferLogs: true,
  });
  const logger = createRootLogger(options.config.LOG_LEVEL);
  app.useLogger(new AppLogger(logger, currentRequestId));
  configureHttp(app, options.config, {
    first: [
      // First in the chain: the request's id and log line cover everything after it.
      requestLogging(logger),
      // Everything after runs in the request's own MikroORM context (its EntityManager forked on
      // first use), which carries the request's id to the lines logged while serving it.
      requestContext(app.get(MikroORM)),
    ],
    // After the JSON body and cookies, before Apollo: a repeated search answered as kept.
    afterBody: [app.get(KeptSearchResponses).middleware()],
  });
  return app;
}
