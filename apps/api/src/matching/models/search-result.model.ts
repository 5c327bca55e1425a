import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { SlotModel } from '../../availability/models/availability.models';
import { CrisisResourceModel } from '../../intake/models/intake.model';
import { TherapistProfileModel } from '../../therapists/models/therapist-profile.model';
import { SearchFilter } from './search-filter.enum';

@ObjectType('MatchReason')
export class MatchReasonModel {
  @Field() code!: string;
  @Field() text!: string;
  @Field(() => Float) weight!: number;
}

@ObjectType('MatchCaveat', { description: 'Something the client asked for that this therapist does not offer, in a sentence.' })
export class MatchCaveatModel {
  @Field() code!: string;
  @Field() text!: string;
}

@ObjectType('MatchNotice', { description: 'About the whole list: a preference no therapist shown meets, so these are the closest.' })
export class MatchNoticeModel {
  @Field() code!: string;
  @Field() text!: string;
}

@ObjectType('FilterRelaxation', { description: 'A filter that emptied the results, and how many therapists setting it aside would show.' })
export class FilterRelaxationModel {
  @Field(() => SearchFilter) filter!: SearchFilter;
  @Field({ description: 'What the filter asks, in words: "In network with Aetna".' }) label!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('TherapistMatch')
export class TherapistMatchModel {
  @Field(() => TherapistProfileModel) therapist!: TherapistProfileModel;
  @Field(() => Float) score!: number;
  @Field(() => [MatchReasonModel], { description: '"Why this therapist", strongest first; stated filters they pass (weight 0) last.' })
  reasons!: MatchReasonModel[];
  @Field(() => [MatchCaveatModel], { description: 'What the client asked for that this therapist misses.' }) caveats!: MatchCaveatModel[];
  @Field(() => [SlotModel], {
    description: 'Next open times in the viewer’s zone; those on the client’s preferred days and times when there are any.',
  })
  nextSlots!: SlotModel[];
}

@ObjectType('FacetValue')
export class FacetValueModel {
  @Field() value!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('SearchFacets')
export class SearchFacetsModel {
  @Field(() => [FacetValueModel]) concern!: FacetValueModel[];
  @Field(() => [FacetValueModel]) modality!: FacetValueModel[];
  @Field(() => [FacetValueModel]) language!: FacetValueModel[];
  @Field(() => [FacetValueModel]) format!: FacetValueModel[];
  @Field(() => [FacetValueModel]) priceBand!: FacetValueModel[];
  @Field(() => [FacetValueModel]) gender!: FacetValueModel[];
  @Field(() => [FacetValueModel]) community!: FacetValueModel[];
}

@ObjectType('TherapistSearchResult')
export class TherapistSearchResultModel {
  @Field(() => [CrisisResourceModel], { description: 'When non-empty, show these before anything else.' })
  crisisResources!: CrisisResourceModel[];
  @Field(() => Int, {
    description: 'Therapists who pass every filter and can be paged to; capped at the most a search ranks (see totalIsCapped).',
  })
  total!: number;
  @Field({ description: 'True when more therapists matched than one search ranks: narrow the filters to see the rest.' })
  totalIsCapped!: boolean;
  @Field(() => [TherapistMatchModel]) items!: TherapistMatchModel[];
  @Field(() => [MatchNoticeModel]) notices!: MatchNoticeModel[];
  @Field(() => [FilterRelaxationModel], {
    description: 'When nothing matched: each filter whose removal alone would show someone, with how many; most first.',
  })
  emptyBecause!: FilterRelaxationModel[];
  @Field(() => SearchFacetsModel) facets!: SearchFacetsModel;
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page; null on the last page.' })
  nextCursor!: string | null;
  @Field({ description: 'Which engine produced the candidates.' }) engine!: string;
}
