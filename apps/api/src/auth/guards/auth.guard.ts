import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthError } from '../auth.errors';
import { AuthService, SessionLookup } from '../auth.service';
import { SESSION_COOKIE } from '../session-token';
import { AppRequest, requestOf } from '../../common/graphql/request-of';
import { ACCESS_KEY, AccessRule } from './access.decorators';

/**
 * The one guard layer: resolves the caller from the session cookie or a
 * bearer token, then enforces @SignedIn / @Roles. Operations without either
 * are public. Ownership is checked in services with assertOwnership.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = requestOf(context);
    request.auth ??= this.lookUp(request);
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) return true;
    const lookup = await request.auth;
    if (!lookup.user) throw AuthError.signInRequired(lookup.problem);
    if (rule.kind === 'roles' && !rule.roles.includes(lookup.user.role)) throw AuthError.forbidden();
    return true;
  }

  private async lookUp(request: AppRequest): Promise<SessionLookup> {
    const token = tokenOf(request);
    if (!token) return { user: null, sessionId: null, problem: null };
    return this.auth.lookUpSession(token);
  }
}

function tokenOf(request: AppRequest): string | null {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim() || null;
  const cookie = (request.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
  return cookie || null;
}
