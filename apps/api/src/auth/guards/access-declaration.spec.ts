import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Controller, Get, INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Field, Mutation, ObjectType, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { errorCode, graphql } from '../../../../../test/support/graphql-client';
import { createTestDatabase, TestDatabase } from '../../../../../test/support/test-database';
import { AppModule } from '../../app.module';
import { useKeyring } from '../../common/encryption/sealed-json';
import { loadKeyring } from '../../common/encryption/keyring';
import { loadConfig } from '../../config/config.schema';
import { Role } from '../entities/user.entity';
import { ACCESS_KEY, Public, Roles, SignedIn } from './access.decorators';

@ObjectType()
class Probe {
  @Field() name!: string;
}

@Resolver(() => Probe)
class LeakyResolver {
  @Query(() => Probe)
  forgottenQuery() {
    return { name: 'secret' };
  }

  @Mutation(() => Boolean)
  forgottenMutation() {
    return true;
  }

  @Query(() => Probe)
  @SignedIn()
  declaredQuery() {
    return { name: 'fine' };
  }

  // A field resolver needs no declaration: it inherits its parent's visibility.
  @ResolveField(() => String)
  shout(probe: Probe) {
    return probe.name.toUpperCase();
  }
}

@Controller()
class LeakyController {
  @Get('forgotten-route')
  forgottenRoute() {
    return 'secret';
  }
}

@Resolver(() => Probe)
@Roles(Role.ADMIN) // a class-level declaration covers every operation of the class
class AdminProbeResolver {
  @Query(() => Probe)
  adminProbe() {
    return { name: 'admin' };
  }
}

@Resolver(() => Probe)
class PublicProbeResolver {
  @Query(() => Probe)
  @Public()
  publicProbe() {
    return { name: 'public' };
  }

  @ResolveField(() => String)
  shout(probe: Probe) {
    return probe.name.toUpperCase();
  }
}

@Module({ providers: [LeakyResolver], controllers: [LeakyController] })
class LeakyModule {}

@Module({ providers: [AdminProbeResolver, PublicProbeResolver] })
class DeclaredModule {}

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

/** The real application module plus `extra`, as main.ts would boot it. */
async function bootWith(extra: new () => unknown): Promise<INestApplication> {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: database.url,
    DATA_ENCRYPTION_KEYS: `test1:${randomBytes(32).toString('base64')}`,
  });
  useKeyring(loadKeyring(config));
  @Module({ imports: [AppModule.forRoot({ config, databaseUrl: database.url }), extra] })
  class Root {}
  const app = await NestFactory.create(Root, { logger: false });
  try {
    await app.listen(0, '127.0.0.1');
  } catch (error) {
    await app.close();
    throw error;
  }
  return app;
}

describe('deny by default', () => {
  it('refuses to boot while a Query, Mutation or route declares no access, naming each one', async () => {
    const boot = bootWith(LeakyModule);
    await expect(boot).rejects.toThrow(
      'Access not declared for LeakyController.forgottenRoute, LeakyResolver.forgottenMutation, LeakyResolver.forgottenQuery: add @Public(), @SignedIn() or @Roles(...)',
    );
  });

  describe('with every operation declared', () => {
    let app: INestApplication;
    let baseUrl: string;
    beforeAll(async () => {
      app = await bootWith(DeclaredModule);
      baseUrl = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    });
    afterAll(() => app?.close());

    it('boots, honours class-level declarations, and lets field resolvers follow their parent', async () => {
      expect(errorCode(await graphql(baseUrl, '{ adminProbe { name } }'))).toBe('UNAUTHENTICATED');
      const open = await graphql(baseUrl, '{ publicProbe { name shout } }');
      expect(open.errors).toBeUndefined();
      expect(open.data?.publicProbe).toEqual({ name: 'public', shout: 'PUBLIC' });
    });

    it('refuses at run time an operation whose declaration went missing after boot', async () => {
      const handler = PublicProbeResolver.prototype.publicProbe;
      const rule: unknown = Reflect.getMetadata(ACCESS_KEY, handler);
      Reflect.deleteMetadata(ACCESS_KEY, handler);
      try {
        const response = await graphql(baseUrl, '{ publicProbe { name } }');
        expect(errorCode(response)).toBe('FORBIDDEN');
        expect(response.data?.publicProbe ?? null).toBeNull();
      } finally {
        Reflect.defineMetadata(ACCESS_KEY, rule, handler);
      }
      expect((await graphql(baseUrl, '{ publicProbe { name } }')).data?.publicProbe).toEqual({ name: 'public' });
    });
  });
});
