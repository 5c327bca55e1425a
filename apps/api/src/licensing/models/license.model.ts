import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LicenseStatus } from '../../therapists/models/therapist-enums';

@ObjectType('License')
export class LicenseModel {
  @Field(() => ID) id!: string;
  @Field() licenseType!: string;
  @Field() licenseTypeName!: string;
  @Field() number!: string;
  @Field() jurisdiction!: string;
  @Field() jurisdictionName!: string;
  @Field() expiresOn!: string;
  @Field(() => String, { nullable: true }) npi!: string | null;
  @Field(() => LicenseStatus) status!: LicenseStatus;
  @Field() submittedAt!: Date;
  @Field(() => Date, { nullable: true }) reviewedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Why it was rejected, when it was.' }) rejectionReason!: string | null;
}

@ObjectType('LicenseReviewItem', { description: 'A license awaiting review, with what an admin needs to judge it.' })
export class LicenseReviewItemModel {
  @Field(() => LicenseModel) license!: LicenseModel;
  @Field(() => ID) therapistId!: string;
  @Field() therapistName!: string;
  @Field() therapistEmail!: string;
  @Field(() => String, { nullable: true }) headline!: string | null;
  @Field(() => Int, { description: 'Other licenses this therapist holds or has submitted.' }) otherLicenses!: number;
  @Field(() => Int, { description: 'Days since submission.' }) waitingDays!: number;
  @Field(() => String, { nullable: true, description: 'The board that verifies licenses in the license’s state.' }) boardName!: string | null;
  @Field(() => String, { nullable: true, description: 'That board’s public license lookup (https), to check the number against.' }) boardLookupUrl!: string | null;
}

@ObjectType('LicenseSummary', { description: 'A license as the public sees it: verified ones only.' })
export class LicenseSummaryModel {
  @Field(() => ID) id!: string;
  @Field() licenseType!: string;
  @Field() licenseTypeName!: string;
  @Field() jurisdiction!: string;
  @Field() jurisdictionName!: string;
  @Field(() => LicenseStatus) status!: LicenseStatus;
  @Field(() => Date, { nullable: true }) verifiedAt!: Date | null;
  @Field() expiresOn!: string;
}
