import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { findJurisdiction, findLicenseType, licenseBoardFor } from '@rapport/taxonomy';
import { Role, User } from '../auth/entities/user.entity';
import { CurrentUser, Roles } from '../auth/guards/access.decorators';
import { parseId } from '../common/validation/parse-id';
import { LicenseQueueFilterInput } from './dto/license-queue-filter.input';
import { RejectLicenseInput } from './dto/reject-license.input';
import { SubmitLicenseInput } from './dto/submit-license.input';
import { License } from './entities/license.entity';
import { LicenseModel, LicenseReviewItemModel } from './models/license.model';
import { LicensingService } from './licensing.service';

@Resolver()
export class LicensingResolver {
  constructor(private readonly licensing: LicensingService) {}

  @Mutation(() => LicenseModel, { description: 'Submits a license for review; the profile becomes PENDING_REVIEW.' })
  @Roles(Role.THERAPIST)
  async submitLicense(@Args('input') input: SubmitLicenseInput, @CurrentUser() user: User) {
    return toLicenseModel(await this.licensing.submit(user, input));
  }

  @Query(() => [LicenseModel], { description: "The caller's licenses, newest first." })
  @Roles(Role.THERAPIST)
  async myLicenses(@CurrentUser() user: User) {
    return (await this.licensing.listOwn(user)).map(toLicenseModel);
  }

  @Query(() => [LicenseReviewItemModel], { description: 'Licenses awaiting review, oldest first, optionally narrowed by filter. Admins only.' })
  @Roles(Role.ADMIN)
  async licenseReviewQueue(
    @CurrentUser() admin: User,
    @Args('filter', { type: () => LicenseQueueFilterInput, nullable: true }) filter?: LicenseQueueFilterInput,
  ): Promise<LicenseReviewItemModel[]> {
    const queue = await this.licensing.reviewQueue(admin, filter ?? {});
    return queue.map(({ license, profile, otherLicenses, waitingDays }) => ({
      boardName: licenseBoardFor(license.jurisdiction)?.name ?? null,
      boardLookupUrl: licenseBoardFor(license.jurisdiction)?.url ?? null,
      license: toLicenseModel(license),
      therapistId: profile.id,
      therapistName: profile.displayName,
      therapistEmail: profile.user.email,
      headline: profile.headline,
      otherLicenses,
      waitingDays,
    }));
  }

  @Mutation(() => LicenseModel, { description: 'Confirms a license with its board. Admins only.' })
  @Roles(Role.ADMIN)
  async verifyLicense(@Args('licenseId', { type: () => ID }) licenseId: string, @CurrentUser() admin: User) {
    return toLicenseModel(await this.licensing.verify(admin, parseId('licenseId', licenseId)));
  }

  @Mutation(() => LicenseModel, { description: 'Rejects a submitted license (or revokes a verified one) with a reason. Admins only.' })
  @Roles(Role.ADMIN)
  async rejectLicense(@Args('input') input: RejectLicenseInput, @CurrentUser() admin: User) {
    return toLicenseModel(await this.licensing.reject(admin, input.licenseId, input.reason));
  }
}

function toLicenseModel(license: License): LicenseModel {
  return {
    id: license.id,
    licenseType: license.licenseType,
    licenseTypeName: findLicenseType(license.licenseType)?.name ?? license.licenseType,
    number: license.number,
    jurisdiction: license.jurisdiction,
    jurisdictionName: findJurisdiction(license.jurisdiction)?.name ?? license.jurisdiction,
    expiresOn: license.expiresOn,
    npi: license.npi,
    status: license.status,
    submittedAt: license.submittedAt,
    reviewedAt: license.reviewedAt,
    rejectionReason: license.rejectionReason,
  };
}
