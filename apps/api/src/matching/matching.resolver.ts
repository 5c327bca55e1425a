import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { User } from '../auth/entities/user.entity';
import { CurrentUser, Public } from '../auth/guards/access.decorators';
import type { GraphqlContext } from '../common/graphql/request-of';
import { ExpensiveQuery } from '../rate-limit/rate-limit-budget.decorator';
import { SearchTherapistsInput } from './dto/search-therapists.input';
import { MatchingService } from './matching.service';
import { TherapistSearchResultModel } from './models/search-result.model';
import { answerValidityOf } from './search/kept-responses';

@Resolver()
export class MatchingResolver {
  constructor(private readonly matching: MatchingService) {}

  @Query(() => TherapistSearchResultModel, {
    description: 'Ranked, explained matches (from your intake) or a directory search, with facets and next open times.',
  })
  @Public()
  @ExpensiveQuery()
  searchTherapists(@Args('input') input: SearchTherapistsInput, @CurrentUser() viewer: User | null, @Context() context: GraphqlContext) {
    return this.matching.search(input, viewer, { validity: answerValidityOf(context.req) });
  }
}
