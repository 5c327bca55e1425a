import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { LicenseSummaryModel } from '../../licensing/models/license.model';
import { ProfileStatus, SessionFormat, TherapistGender } from './therapist-enums';

@ObjectType('InsurancePlan')
export class InsurancePlanModel {
  @Field() id!: string;
  @Field() name!: string;
}

@ObjectType('TherapistConcern')
export class TherapistConcernModel {
  @Field() code!: string;
  @Field() name!: string;
  @Field({ description: 'SPECIALTY or TREATS.' }) level!: 'SPECIALTY' | 'TREATS';
}

@ObjectType('TherapistModality')
export class TherapistModalityModel {
  @Field() code!: string;
  @Field() name!: string;
  @Field() description!: string;
}

@ObjectType('Office')
export class OfficeModel {
  @Field() address!: string;
  @Field(() => Float) latitude!: number;
  @Field(() => Float) longitude!: number;
}

@ObjectType('SlidingScale')
export class SlidingScaleModel {
  @Field(() => Int) minMinor!: number;
  @Field(() => Int) maxMinor!: number;
}

@ObjectType('TherapistProfile')
export class TherapistProfileModel {
  @Field(() => ID) id!: string;
  @Field(() => ProfileStatus) status!: ProfileStatus;
  @Field() displayName!: string;
  @Field(() => String, { nullable: true }) pronouns!: string | null;
  @Field(() => String, { nullable: true }) headline!: string | null;
  @Field(() => String, { nullable: true }) bio!: string | null;
  @Field(() => String, { nullable: true }) photoUrl!: string | null;
  @Field(() => Int, { nullable: true }) yearsInPractice!: number | null;
  @Field(() => TherapistGender, { nullable: true }) gender!: TherapistGender | null;
  @Field(() => [String]) languages!: string[];
  @Field(() => [SessionFormat]) formats!: SessionFormat[];
  @Field(() => OfficeModel, { nullable: true }) office!: OfficeModel | null;
  @Field(() => [String]) ageGroups!: string[];
  @Field(() => [String]) communities!: string[];
  @Field(() => [TherapistConcernModel], { description: 'Specialties first.' }) concerns!: TherapistConcernModel[];
  @Field(() => [TherapistModalityModel]) modalities!: TherapistModalityModel[];
  @Field(() => Int, { nullable: true, description: 'Standard session fee in cents.' }) feeMinor!: number | null;
  @Field(() => SlidingScaleModel, { nullable: true }) slidingScale!: SlidingScaleModel | null;
  @Field(() => [String], { description: 'Payer ids (taxonomy.payers).' }) insuranceAccepted!: string[];
  @Field(() => [InsurancePlanModel], { description: 'The payers of insuranceAccepted, named.' }) insurancePlans!: InsurancePlanModel[];
  @Field(() => [String], {
    description: 'Only for the therapist and admins: plan names from before plans were chosen from a list that matched no payer. Choose them again, then clear.',
  })
  insuranceUnmatched!: string[];
  @Field() acceptsNewClients!: boolean;
  @Field(() => [LicenseSummaryModel], { description: 'Public view: verified, unexpired licenses only.' })
  licenses!: LicenseSummaryModel[];
  @Field(() => String, { nullable: true, description: 'Only for the therapist and admins.' }) suspensionReason!: string | null;
  @Field() updatedAt!: Date;
}
