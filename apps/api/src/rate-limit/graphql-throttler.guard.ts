import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import { requestOf, responseOf } from '../common/graphql/request-of';

/** ThrottlerGuard for GraphQL resolvers as well as HTTP routes. */
@Injectable()
export class GraphqlThrottlerGuard extends ThrottlerGuard {
  protected override getRequestResponse(context: ExecutionContext) {
    return { req: requestOf(context), res: responseOf(context) };
  }
}
