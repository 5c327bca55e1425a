import { Args, Query, Resolver } from '@nestjs/graphql';
import { AllianceService } from '../alliance/alliance.service';
import { Role, User } from '../auth/entities/user.entity';
import { CurrentUser, Roles } from '../auth/guards/access.decorators';
import { ExpensiveQuery } from '../rate-limit/rate-limit-budget.decorator';
import { SearchTherapistsInput } from './dto/search-therapists.input';
import { MatchingService } from './matching.service';
import { TherapistSearchResultModel } from './models/search-result.model';

@Resolver()
export class RematchResolver {
  constructor(
    private readonly matching: MatchingService,
    private readonly alliance: AllianceService,
  ) {}

  @Query(() => TherapistSearchResultModel, {
    description: 'New matches from your intake, without the therapists you rated low or "not a good fit". Your intake is shared with the next therapist only if you say so (shareIntakeWithNextTherapist).',
  })
  @Roles(Role.CLIENT)
  @ExpensiveQuery()
  async rematch(@Args('input') input: SearchTherapistsInput, @CurrentUser() client: User) {
    return this.matching.search({ ...input, useMyIntake: true }, client, { excludeTherapistIds: await this.alliance.rematchExclusions(client) });
  }
}
