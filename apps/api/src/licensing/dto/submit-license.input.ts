import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsLocalDate } from '../../common/validation/is-local-date.validator';
import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { isJurisdictionCode, isLicenseTypeCode } from '@rapport/taxonomy';
import { IsCode } from '../../common/validation/taxonomy-code.validator';

const trimUpper = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value);

@InputType()
export class SubmitLicenseInput {
  @Field({ description: 'A license type code, e.g. LCSW, LPC, PSYCHOLOGIST_PHD.' })
  @Transform(trimUpper)
  @IsCode(isLicenseTypeCode, 'license type')
  licenseType!: string;

  @Field({ description: 'The number on the license, as the board issued it.' })
  @Transform(trimUpper)
  @IsString()
  @Length(2, 30, { message: 'License number must be 2–30 characters.' })
  @Matches(/^[A-Z0-9][A-Z0-9 .\-/]*$/, { message: 'License number may contain letters, digits, spaces, dots, dashes and slashes.' })
  number!: string;

  @Field({ description: 'Two-letter US state code (or DC) of the licensing board.' })
  @Transform(trimUpper)
  @IsCode(isJurisdictionCode, 'jurisdiction')
  jurisdiction!: string;

  @Field({ description: 'Last day the license is valid, YYYY-MM-DD.' })
  @IsLocalDate({ message: 'Expiry date must be a date like 2027-06-30.' })
  expiresOn!: string;

  @Field(() => String, { nullable: true, description: 'National Provider Identifier (10 digits), optional.' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.replace(/[\s-]/g, '') || null : value))
  @IsString()
  npi?: string | null;
}
