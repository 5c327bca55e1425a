import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { Role, User } from '../entities/user.entity';
import { requestOf } from '../../common/graphql/request-of';

export const ACCESS_KEY = 'rapport:access';
export type AccessRule = { kind: 'signed-in' } | { kind: 'roles'; roles: Role[] };

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

export type CurrentUserValue = User | null;
