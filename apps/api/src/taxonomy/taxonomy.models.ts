import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Concern')
export class ConcernModel {
  @Field() code!: string;
  @Field() name!: string;
  @Field() category!: string;
  @Field(() => [String], { description: 'Words people type for this concern.' }) synonyms!: string[];
}

@ObjectType('Modality')
export class ModalityModel {
  @Field() code!: string;
  @Field() name!: string;
  @Field() shortName!: string;
  @Field({ description: 'Two sentences a client understands.' }) description!: string;
}

@ObjectType('EvidenceLink')
export class EvidenceLinkModel {
  @Field() concern!: string;
  @Field() modality!: string;
  @Field({ description: 'STRONG or MODERATE.' }) strength!: string;
  @Field({ description: 'The guideline the link comes from.' }) source!: string;
}

@ObjectType('LicenseType')
export class LicenseTypeModel {
  @Field() code!: string;
  @Field() name!: string;
  @Field() abbreviation!: string;
  @Field() profession!: string;
  @Field() canPrescribe!: boolean;
}

@ObjectType('Jurisdiction')
export class JurisdictionModel {
  @Field() code!: string;
  @Field() name!: string;
  @Field() timeZone!: string;
}

@ObjectType('LabelledCode')
export class LabelledCodeModel {
  @Field() code!: string;
  @Field() label!: string;
}

@ObjectType('AgeGroup')
export class AgeGroupModel {
  @Field() code!: string;
  @Field() label!: string;
  @Field(() => Int) minAge!: number;
  @Field(() => Int, { nullable: true }) maxAge!: number | null;
}

@ObjectType('Payer', { description: 'An insurance payer; therapists and clients choose plans from this list.' })
export class PayerModel {
  @Field({ description: 'Stable id, stored on profiles and intakes.' }) id!: string;
  @Field() name!: string;
  @Field(() => [String], { description: 'Other names and brands people know it by.' }) aliases!: string[];
}

@ObjectType('Taxonomy')
export class TaxonomyModel {
  @Field() version!: string;
  @Field(() => [ConcernModel]) concerns!: ConcernModel[];
  @Field(() => [ModalityModel]) modalities!: ModalityModel[];
  @Field(() => [EvidenceLinkModel]) evidenceLinks!: EvidenceLinkModel[];
  @Field(() => [LicenseTypeModel]) licenseTypes!: LicenseTypeModel[];
  @Field(() => [JurisdictionModel]) jurisdictions!: JurisdictionModel[];
  @Field(() => [LabelledCodeModel]) communities!: LabelledCodeModel[];
  @Field(() => [LabelledCodeModel], { description: 'ISO 639-1 codes (ASL as ISO 639-3 "ase").' }) languages!: LabelledCodeModel[];
  @Field(() => [AgeGroupModel]) ageGroups!: AgeGroupModel[];
  @Field(() => [PayerModel]) payers!: PayerModel[];
}
