import { Injectable, OnModuleInit } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import type { InstanceWrapper } from '@nestjs/core/injector/instance-wrapper';
import { RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import { ACCESS_KEY, AccessRule } from './access.decorators';

const ROOT_OPERATION_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

export class UndeclaredAccessError extends Error {}

/**
 * Deny by default, enforced at boot: every GraphQL root operation and HTTP
 * route must say who may call it (@Public, @SignedIn or @Roles, on the method
 * or its class). The application refuses to start otherwise, naming each
 * undeclared handler, so a forgotten decorator is a failed deploy, not a leak.
 */
@Injectable()
export class AccessDeclarationCheck implements OnModuleInit {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    const undeclared = [
      ...this.undeclaredHandlers(this.discovery.getProviders(), (handler) => ROOT_OPERATION_TYPES.has(Reflect.getMetadata(RESOLVER_TYPE_METADATA, handler))),
      ...this.undeclaredHandlers(this.discovery.getControllers(), (handler) => Reflect.getMetadata(PATH_METADATA, handler) !== undefined && Reflect.getMetadata(METHOD_METADATA, handler) !== undefined),
    ].sort();
    if (undeclared.length > 0) {
      throw new UndeclaredAccessError(
        `Access not declared for ${undeclared.join(', ')}: add @Public(), @SignedIn() or @Roles(...) to each (deny by default).`,
      );
    }
  }

  private undeclaredHandlers(wrappers: InstanceWrapper[], isEntryPoint: (handler: object) => boolean): string[] {
    const found = new Set<string>();
    for (const wrapper of wrappers) {
      const type = wrapper.metatype;
      if (typeof type !== 'function' || !type.prototype) continue;
      for (const name of this.scanner.getAllMethodNames(type.prototype)) {
        const handler = type.prototype[name] as object;
        if (!isEntryPoint(handler)) continue;
        const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [handler as never, type]);
        if (!rule) found.add(`${type.name}.${name}`);
      }
    }
    return [...found];
  }
}
