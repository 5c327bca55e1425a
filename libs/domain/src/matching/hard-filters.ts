import type { ExclusionCode, GeoPoint, MatchPreferences, TherapistCandidate } from './matching.types';

/** The mean Earth radius (IUGG), in km. */
const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance by the haversine formula, in km. */
export function haversineDistanceKm(from: GeoPoint, to: GeoPoint): number {
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const latitudeDelta = radians(to.latitude - from.latitude);
  const longitudeDelta = radians(to.longitude - from.longitude);
  const a =
    Math.sin(latitudeDelta / 2) ** 2 +
    Math.cos(radians(from.latitude)) * Math.cos(radians(to.latitude)) * Math.sin(longitudeDelta / 2) ** 2;
  // min(1, …) guards against rounding just above 1 for antipodal points.
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

const normalizeInsurance = (name: string) => name.trim().toLowerCase();

/** Whether the client can afford the fee, or the bottom of the sliding scale. */
export function withinBudget(candidate: TherapistCandidate, budgetMaxMinor: number): boolean {
  const feeFits = candidate.feeMinor !== null && candidate.feeMinor <= budgetMaxMinor;
  const scaleFits = candidate.slidingScale !== null && candidate.slidingScale.minMinor <= budgetMaxMinor;
  return feeFits || scaleFits;
}

function formatExclusion(candidate: TherapistCandidate, preferences: MatchPreferences): ExclusionCode | null {
  if (preferences.format === 'ANY') return null;
  if (!candidate.formats.includes(preferences.format)) return 'FORMAT_NOT_OFFERED';
  const location = preferences.location;
  if (preferences.format !== 'IN_PERSON' || location === null) return null;
  if (candidate.office === null) return 'NO_OFFICE_LOCATION';
  return haversineDistanceKm(location, candidate.office) <= location.maxDistanceKm ? null : 'OFFICE_TOO_FAR';
}

/**
 * The first hard filter (DESIGN.md section 5) a candidate fails, or null when
 * they may be shown. Checked in the order of EXCLUSION_CODES.
 */
export function exclusionFor(candidate: TherapistCandidate, preferences: MatchPreferences): ExclusionCode | null {
  if (!candidate.profileActive) return 'PROFILE_INACTIVE';
  if (!candidate.licensedJurisdictions.includes(preferences.jurisdiction)) return 'NOT_LICENSED_IN_JURISDICTION';
  if (preferences.isFirstBooking && !candidate.acceptsNewClients) return 'NOT_ACCEPTING_NEW_CLIENTS';
  const format = formatExclusion(candidate, preferences);
  if (format !== null) return format;
  const { ageGroup } = preferences;
  if (ageGroup !== null && candidate.ageGroups.length > 0 && !candidate.ageGroups.includes(ageGroup)) {
    return 'AGE_GROUP_NOT_SERVED';
  }
  if (preferences.languages.length > 0 && !preferences.languages.some((language) => candidate.languages.includes(language))) {
    return 'NO_SHARED_LANGUAGE';
  }
  if (preferences.needsSlidingScale && candidate.slidingScale === null) return 'NO_SLIDING_SCALE';
  if (preferences.budgetMaxMinor !== null && !withinBudget(candidate, preferences.budgetMaxMinor)) return 'OVER_BUDGET';
  const insurance = preferences.insurance === null ? '' : normalizeInsurance(preferences.insurance);
  if (insurance !== '' && !candidate.insuranceAccepted.some((accepted) => normalizeInsurance(accepted) === insurance)) {
    return 'INSURANCE_NOT_ACCEPTED';
  }
  return null;
}
