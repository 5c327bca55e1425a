import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, ThrottlerLimitDetail } from '@nestjs/throttler';
import { AppError, ErrorCode } from '../common/errors/app-error';
import { requestOf, responseOf } from '../common/graphql/request-of';
import { budgetOf } from './rate-limit-budget.decorator';

/** ThrottlerGuard for GraphQL resolvers as well as HTTP routes; refusals say when to retry. */
@Injectable()
export class GraphqlThrottlerGuard extends ThrottlerGuard {
  protected override getRequestResponse(context: ExecutionContext) {
    return { req: requestOf(context), res: responseOf(context) };
  }

  protected override async throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const retryAfterSeconds = Math.max(1, detail.timeToBlockExpire);
    const message = {
      queries: `Too many searches in a short time. Please try again in ${retryAfterSeconds} seconds.`,
      bookings: `Too many booking changes in a short time. Please try again in ${retryAfterSeconds} seconds.`,
      imports: `Too many calendar imports in a short time. Please try again in ${retryAfterSeconds} seconds.`,
      none: 'Too many attempts. Please wait a minute and try again.',
    }[budgetOf(context) ?? 'none'];
    throw new AppError(ErrorCode.TOO_MANY_REQUESTS, message, { retryAfterSeconds });
  }
}
