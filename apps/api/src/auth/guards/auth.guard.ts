import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthError } from '../auth.errors';
import { SessionLookup, SessionsService } from '../sessions.service';
import { cookieNamed, SESSION_COOKIE } from '../session-token';
import { AppRequest, requestOf } from '../../common/graphql/request-of';
import { ACCESS_KEY, AccessRule } from './access.decorators';

/**
 * The one guard layer: resolves the caller from the session cookie or a bearer
 * token, then enforces the operation's declaration (@Public, @SignedIn, @Roles).
 * Deny by default: an undeclared Query, Mutation or route is refused (and
 * AccessDeclarationCheck stops the boot before one can be served).
 *
 * Field resolvers (@ResolveField) inherit the visibility of the operation that
 * returned their parent: Nest runs no guard on them (fieldResolverEnhancers is
 * empty), and if guards are ever enabled there, an undeclared field resolver
 * still passes here. One that reveals more than its parent must check itself.
 *
 * Ownership is not checked here: services load records through the caller
 * (e.g. `findOwnOrThrow`, scoped to the caller's profile), so another person's
 * id reads as NOT_FOUND and never confirms that the record exists.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = requestOf(context);
    const caller = sessionOf(request, this.sessions);
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) {
      if (isFieldResolver(context)) return true;
      this.logger.error(`refused ${context.getClass().name}.${context.getHandler().name}: it declares no access rule`);
      throw AuthError.forbidden();
    }
    if (rule.kind === 'public') return true;
    const lookup = await caller;
    if (!lookup.user) throw AuthError.signInRequired(lookup.problem);
    if (rule.kind === 'roles' && !rule.roles.includes(lookup.user.role)) throw AuthError.forbidden();
    return true;
  }
}

/** The request's caller, looked up once however many guards and middleware ask (memoised on `request.auth`). */
export function sessionOf(request: AppRequest, sessions: SessionsService): Promise<SessionLookup> {
  if (!request.auth) {
    const token = tokenOf(request);
    request.auth = token ? sessions.lookUp(token) : Promise.resolve({ user: null, sessionId: null, problem: null });
  }
  return request.auth;
}

function isFieldResolver(context: ExecutionContext): boolean {
  if (context.getType<string>() !== 'graphql') return false;
  const info = GqlExecutionContext.create(context).getInfo();
  const { schema, parentType } = info;
  return parentType !== schema.getQueryType() && parentType !== schema.getMutationType() && parentType !== schema.getSubscriptionType();
}

/** The session token of a request: a bearer token, else the session cookie. */
export function tokenOf(request: AppRequest): string | null {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim() || null;
  return cookieNamed(request.headers.cookie, SESSION_COOKIE) || null;
}
