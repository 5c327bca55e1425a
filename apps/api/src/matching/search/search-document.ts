import { isLicenseValid, LicenseFacts } from '@rapport/domain';
import { findConcern, findModality } from '@rapport/taxonomy';
import { Office, OfficeFacts, publicOfficeOf } from '../../therapists/public-office';
import { normalizeInsurance, PRICE_BANDS, rotationKeyOf } from './search-engine.port';

/** One therapist as an external search engine stores it: public profile facts only, never client data. */
export interface SearchDocument {
  id: string;
  /** The id's leading 32 bits as a number, which Meilisearch can compare: where the id stands in a Rotation. */
  rotationKey: number;
  status: string;
  displayName: string;
  headline: string | null;
  bio: string | null;
  /** Taxonomy names of every concern, so "panic attacks" finds therapists who list PANIC. */
  concernNames: string[];
  modalityNames: string[];
  /** States with a verified license unexpired on the day the document was built. */
  jurisdictions: string[];
  /** Per state, the last day (YYYYMMDD) of its latest verified license, so a license that lapses between syncs stops matching that day. */
  licensedThrough: Record<string, number>;
  /** The latest of licensedThrough; null without a verified license. */
  licensedUntil: number | null;
  formats: string[];
  languages: string[];
  /** Specialties and treated concerns. */
  concerns: string[];
  specialtyConcerns: string[];
  /** Kept apart from specialties so the engine can order by concern coverage exactly as the Postgres engine does. */
  treatedConcerns: string[];
  modalities: string[];
  gender: string | null;
  communities: string[];
  /** Empty: every age group. */
  ageGroups: string[];
  feeMinor: number | null;
  slidingScaleMinMinor: number | null;
  /** One of PRICE_BANDS' values, for the price facet; null without a fee. */
  priceBand: string | null;
  acceptsNewClients: boolean;
  /** Payer ids, lower-cased (filters lower-case the asked id the same way). */
  insurance: string[];
  /** Only while the therapist offers in-person sessions (see publicOfficeOf); null otherwise. */
  office: Office | null;
}

export interface SearchableProfile extends OfficeFacts {
  id: string;
  status: string;
  displayName: string;
  headline: string | null;
  bio: string | null;
  formats: readonly string[];
  languages: readonly string[];
  specialtyConcerns: readonly string[];
  treatedConcerns: readonly string[];
  modalities: readonly string[];
  gender: string | null;
  communities: readonly string[];
  ageGroups: readonly string[];
  feeMinor: number | null;
  slidingScaleMinMinor: number | null;
  acceptsNewClients: boolean;
  insuranceAccepted: readonly string[];
}

export interface SearchableLicense {
  jurisdiction: string;
  status: LicenseFacts['status'] | string;
  /** Last valid day, 'YYYY-MM-DD'. */
  expiresOn: string;
}

/** 'YYYY-MM-DD' as the number YYYYMMDD, which Meilisearch can compare. */
export function dateNumber(date: string): number {
  return Number(date.slice(0, 10).replaceAll('-', ''));
}

export function priceBandOf(feeMinor: number | null): string | null {
  if (feeMinor === null) return null;
  return PRICE_BANDS.find((band) => feeMinor <= band.maxMinor)!.value;
}

/** The search document of a therapist, from their profile and licenses as of `today` ('YYYY-MM-DD'). */
export function toSearchDocument(profile: SearchableProfile, licenses: readonly SearchableLicense[], today: string): SearchDocument {
  const licensedThrough: Record<string, number> = {};
  for (const license of licenses) {
    if (!isLicenseValid(license as LicenseFacts, today)) continue;
    licensedThrough[license.jurisdiction] = Math.max(licensedThrough[license.jurisdiction] ?? 0, dateNumber(license.expiresOn));
  }
  const jurisdictions = Object.keys(licensedThrough).sort();
  const concerns = unique([...profile.specialtyConcerns, ...profile.treatedConcerns]);
  return {
    id: profile.id,
    rotationKey: rotationKeyOf(profile.id),
    status: profile.status,
    displayName: profile.displayName,
    headline: profile.headline,
    bio: profile.bio,
    concernNames: concerns.flatMap((code) => findConcern(code)?.name ?? []),
    modalityNames: profile.modalities.flatMap((code) => findModality(code)?.name ?? []),
    jurisdictions,
    licensedThrough,
    licensedUntil: jurisdictions.length ? Math.max(...Object.values(licensedThrough)) : null,
    formats: [...profile.formats],
    languages: [...profile.languages],
    concerns,
    specialtyConcerns: [...profile.specialtyConcerns],
    treatedConcerns: [...profile.treatedConcerns],
    modalities: [...profile.modalities],
    gender: profile.gender,
    communities: [...profile.communities],
    ageGroups: [...profile.ageGroups],
    feeMinor: profile.feeMinor,
    slidingScaleMinMinor: profile.slidingScaleMinMinor,
    priceBand: priceBandOf(profile.feeMinor),
    acceptsNewClients: profile.acceptsNewClients,
    insurance: unique(profile.insuranceAccepted.map(normalizeInsurance).filter(Boolean)),
    office: publicOfficeOf(profile),
  };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
