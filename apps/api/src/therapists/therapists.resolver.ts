import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role, User } from '../auth/entities/user.entity';
import { CurrentUser, Public, Roles } from '../auth/guards/access.decorators';
import { parseId } from '../common/validation/parse-id';
import { SuspensionInput } from './dto/suspension.input';
import { UpdateTherapistProfileInput } from './dto/update-therapist-profile.input';
import { TherapistProfileModel } from './models/therapist-profile.model';
import { toTherapistProfileModel } from './therapist-profile.mapper';
import { ProfileWithLicenses, TherapistsService, VisibleProfile } from './therapists.service';

@Resolver(() => TherapistProfileModel)
export class TherapistsResolver {
  constructor(private readonly therapists: TherapistsService) {}

  @Query(() => TherapistProfileModel, {
    description: 'A therapist profile. The public sees active profiles only; admins and the therapist see any status.',
  })
  @Public()
  async therapist(@Args('id', { type: () => ID }) id: string, @CurrentUser() viewer: User | null) {
    const profileId = parseId('id', id);
    if (viewer?.role === Role.ADMIN) return this.toModel(await this.therapists.findForAdmin(viewer, profileId), true);
    if (viewer?.role === Role.THERAPIST) {
      const own = await this.therapists.findOwn(viewer);
      if (own?.profile.id === profileId) return this.toModel(own, true);
    }
    const [found, accepting] = await Promise.all([this.therapists.findPublic(profileId), this.therapists.listedAsAccepting(profileId)]);
    // The public sees "accepting" only when a client could book (the switch alone is the owner's and admins' view).
    return { ...this.toModel(found, false), acceptsNewClients: accepting };
  }

  @Query(() => TherapistProfileModel, { nullable: true, description: "The caller's own profile, null before the first save." })
  @Roles(Role.THERAPIST)
  async myTherapistProfile(@CurrentUser() user: User) {
    const own = await this.therapists.findOwn(user);
    return own ? this.toModel(own, true) : null;
  }

  @Mutation(() => TherapistProfileModel, { description: 'Creates or changes the caller’s own profile; only fields sent change.' })
  @Roles(Role.THERAPIST)
  async updateTherapistProfile(@Args('input') input: UpdateTherapistProfileInput, @CurrentUser() user: User) {
    return this.toModel(await this.therapists.updateOwn(user, input), true);
  }

  @Query(() => [TherapistProfileModel], { description: 'Suspended profiles, newest suspension first. Admins only.' })
  @Roles(Role.ADMIN)
  async suspendedTherapists() {
    const profiles = await this.therapists.listSuspended();
    return profiles.map((profile) => this.toModel({ profile, licenses: [] }, true));
  }

  @Mutation(() => TherapistProfileModel, { description: 'Hides a therapist from search and booking. Admins only.' })
  @Roles(Role.ADMIN)
  async suspendTherapist(@Args('input') input: SuspensionInput, @CurrentUser() admin: User) {
    return this.toModel(await this.therapists.suspend(admin, input.therapistId, input.reason), true);
  }

  @Mutation(() => TherapistProfileModel, { description: 'Lifts a suspension; the status follows the licenses again. Admins only.' })
  @Roles(Role.ADMIN)
  async reinstateTherapist(@Args('input') input: SuspensionInput, @CurrentUser() admin: User) {
    return this.toModel(await this.therapists.reinstate(admin, input.therapistId, input.reason), true);
  }

  private toModel(found: VisibleProfile | ProfileWithLicenses, includePrivate: boolean) {
    return toTherapistProfileModel(found.profile, found.licenses, { includePrivate });
  }
}
