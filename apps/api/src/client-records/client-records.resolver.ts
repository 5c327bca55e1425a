import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Role, User } from '../auth/entities/user.entity';
import { CurrentUser, Roles } from '../auth/guards/access.decorators';
import { parseId } from '../common/validation/parse-id';
import { ClientHealthRecordModel, HealthDataReadModel } from './client-records.models';
import { ClientRecordsService } from './client-records.service';

@Resolver()
export class ClientRecordsResolver {
  constructor(private readonly records: ClientRecordsService) {}

  @Query(() => ClientHealthRecordModel, { description: "A client's intake, screener history and goals: only once they have booked you (FORBIDDEN before). Every read is audited and shown to the client." })
  @Roles(Role.THERAPIST)
  clientHealthRecord(@Args('clientId', { type: () => ID }) clientId: string, @CurrentUser() therapist: User) {
    return this.records.readFor(therapist, parseId('clientId', clientId));
  }

  @Query(() => [HealthDataReadModel], { description: 'Which therapists read your intake and scores, and when (newest first).' })
  @Roles(Role.CLIENT)
  myHealthDataReads(@CurrentUser() client: User) {
    return this.records.readsOf(client);
  }
}
