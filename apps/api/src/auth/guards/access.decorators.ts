import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { Role, User } from '../entities/user.entity';
import { requestOf } from '../../common/graphql/request-of';

export const ACCESS_KEY = 'rapport:access';

/**
 * Who may call an operation. Every Query, Mutation and HTTP route declares one
 * (checked at boot, see AccessDeclarationCheck); there is no implicit default.
 */
export type AccessRule = { kind: 'public' } | { kind: 'signed-in' } | { kind: 'roles'; roles: Role[] };

/** Anyone may call this, signed in or not. A deliberate choice, written down where the operation is. */
export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies AccessRule);

/** Any signed-in user may call this. */
export const SignedIn = () => SetMetadata(ACCESS_KEY, { kind: 'signed-in' } satisfies AccessRule);

/** Only signed-in users with one of these roles may call this. */
export const Roles = (...roles: Role[]) => SetMetadata(ACCESS_KEY, { kind: 'roles', roles } satisfies AccessRule);

/** The signed-in user (null on public operations when nobody is signed in). */
export const CurrentUser = createParamDecorator(async (_data: unknown, context: ExecutionContext) => {
  const lookup = await requestOf(context).auth;
  return lookup?.user ?? null;
});

/** The id of the caller's session (for logOut). */
export const CurrentSessionId = createParamDecorator(async (_data: unknown, context: ExecutionContext) => {
  const lookup = await requestOf(context).auth;
  return lookup?.sessionId ?? null;
});

/** The caller's IP as Express sees it (X-Forwarded-For only from TRUSTED_PROXIES), for audit events. */
export const ClientIp = createParamDecorator((_data: unknown, context: ExecutionContext) => requestOf(context).ip ?? null);

export type CurrentUserValue = User | null;
