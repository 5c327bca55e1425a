import { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import type { SessionLookup } from '../../auth/sessions.service';

export interface AppRequest extends Request {
  /** Memoised per request: one session lookup however many resolvers ask. */
  auth?: Promise<SessionLookup>;
}

export interface GraphqlContext {
  req: AppRequest;
  res: Response;
}

/** The HTTP request behind a GraphQL resolver or an HTTP route. */
export function requestOf(context: ExecutionContext): AppRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<GraphqlContext>().req;
  }
  return context.switchToHttp().getRequest<AppRequest>();
}

export function responseOf(context: ExecutionContext): Response {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<GraphqlContext>().res;
  }
  return context.switchToHttp().getResponse<Response>();
}
