export * from './matching.types';
export { MATCH_WEIGHTS, MAX_MATCH_SCORE } from './match-weights';
export { exclusionFor, haversineDistanceKm } from './hard-filters';
export { CONCERN_LEVEL_CREDIT, EVIDENCE_STRENGTH_CREDIT } from './fit-components';
export { AVAILABILITY_WINDOW_DAYS, DAY_PART_MINUTES, OPEN_TIMES_FOR_FULL_CREDIT } from './availability-fit';
export { ALLIANCE_PRIOR_WEIGHT, DEFAULT_ALLIANCE_MEAN, shrunkAllianceRating } from './preference-components';
export { tieBreakHash } from './tie-break';
export { rankTherapists, scoreCandidate, type ScoreContext } from './rank-therapists';
export { pageSearchResults, type SearchPaging, type SearchPagingInput } from './search-paging';
