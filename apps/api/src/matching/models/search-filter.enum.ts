import { registerEnumType } from '@nestjs/graphql';

/** A filter of a search, as it can be relaxed (`relax`) or named as the one that emptied the results (`emptyBecause`). */
export enum SearchFilter {
  FORMAT = 'FORMAT',
  DISTANCE = 'DISTANCE',
  LANGUAGE = 'LANGUAGE',
  AGE_GROUP = 'AGE_GROUP',
  BUDGET = 'BUDGET',
  SLIDING_SCALE = 'SLIDING_SCALE',
  INSURANCE = 'INSURANCE',
  ACCEPTING_NEW_CLIENTS = 'ACCEPTING_NEW_CLIENTS',
  CONCERNS = 'CONCERNS',
  MODALITIES = 'MODALITIES',
  GENDER = 'GENDER',
  COMMUNITIES = 'COMMUNITIES',
  TEXT = 'TEXT',
}

registerEnumType(SearchFilter, { name: 'SearchFilter', description: 'A filter that can be set aside; the state (jurisdiction) never is.' });
