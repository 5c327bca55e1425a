/** What a profile says about its office; the entity and search sources both have these. */
export interface OfficeFacts {
  formats: readonly string[];
  officeAddress: string | null;
  officeLatitude: number | null;
  officeLongitude: number | null;
}

export interface Office {
  address: string;
  latitude: number;
  longitude: number;
}

/** The office as saved, when complete: for the therapist themself and admins. */
export function officeOf(profile: OfficeFacts): Office | null {
  const { officeAddress: address, officeLatitude: latitude, officeLongitude: longitude } = profile;
  return address !== null && latitude !== null && longitude !== null ? { address, latitude, longitude } : null;
}

/**
 * The office as anyone else may see it: only while the therapist offers in-person
 * sessions. A therapist who stops seeing people in person keeps the address on
 * file, but it is no longer published — in GraphQL, search results or the search
 * index — since it may be their home.
 */
export function publicOfficeOf(profile: OfficeFacts): Office | null {
  return profile.formats.includes('IN_PERSON') ? officeOf(profile) : null;
}
