import { Args, Query, Resolver } from '@nestjs/graphql';
import { Role } from '../auth/entities/user.entity';
import { Roles } from '../auth/guards/access.decorators';
import { AdminTherapistsService } from './admin-therapists.service';
import { AdminTherapistsInput } from './dto/admin-therapists.input';
import { AdminTherapistPage } from './models/admin-therapists.model';

@Resolver()
export class AdminResolver {
  constructor(private readonly therapists: AdminTherapistsService) {}

  @Query(() => AdminTherapistPage, { description: 'Every therapist profile, by name or email, state and status, a page at a time. Admins only.' })
  @Roles(Role.ADMIN)
  adminTherapists(@Args('input') input: AdminTherapistsInput): Promise<AdminTherapistPage> {
    return this.therapists.search(input);
  }
}
