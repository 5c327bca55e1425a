import { applyDecorators, ExecutionContext, SetMetadata, UseGuards } from '@nestjs/common';
import { GraphqlThrottlerGuard } from './graphql-throttler.guard';

const BUDGET = 'rapport:rate-limit-budget';

/** Named budgets beside the sign-in limits; each is one bucket per client, counted in each process and added to PostgreSQL (BudgetCounter). */
export const RATE_LIMIT_BUDGETS = ['queries', 'imports', 'bookings'] as const;
export type RateLimitBudget = (typeof RATE_LIMIT_BUDGETS)[number];

/**
 * A public query costly enough to rate-limit: every such query shares one
 * budget per client (IP when anonymous, user when signed in).
 */
export const ExpensiveQuery = () => applyDecorators(SetMetadata(BUDGET, 'queries' satisfies RateLimitBudget), UseGuards(GraphqlThrottlerGuard));

/** Importing a calendar parses and stores up to a megabyte of iCalendar: a small budget per user. */
export const CalendarImport = () => applyDecorators(SetMetadata(BUDGET, 'imports' satisfies RateLimitBudget), UseGuards(GraphqlThrottlerGuard));

export function budgetOf(context: ExecutionContext): RateLimitBudget | undefined {
  return Reflect.getMetadata(BUDGET, context.getHandler());
}

/** Booking changes (holds, cancels, reschedules, series): a budget per user, so one account cannot churn a calendar. */
export const BookingChange = () => applyDecorators(SetMetadata(BUDGET, 'bookings' satisfies RateLimitBudget), UseGuards(GraphqlThrottlerGuard));
