import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, OneToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { User } from '../../auth/entities/user.entity';

export enum ProfileStatus {
  DRAFT = 'DRAFT',
  PENDING_REVIEW = 'PENDING_REVIEW',
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
}

export enum TherapistGender {
  WOMAN = 'WOMAN',
  MAN = 'MAN',
  NON_BINARY = 'NON_BINARY',
}

export enum SessionFormat {
  VIDEO = 'VIDEO',
  IN_PERSON = 'IN_PERSON',
  PHONE = 'PHONE',
}

/**
 * A therapist's public profile. Concerns and modalities are taxonomy codes in
 * array columns (GIN-indexed for search); the database caps specialties at 3
 * and keeps fees, sliding scale and coordinates coherent.
 */
@Entity({ tableName: 'therapist_profiles' })
// Search indexes (see matching/search/postgres-search-engine.ts): arrays, typo-tolerant names, full text.
@Index({ name: 'therapist_profiles_specialty_concerns_gin', expression: `create index "therapist_profiles_specialty_concerns_gin" on "therapist_profiles" using gin ("specialty_concerns")` })
@Index({ name: 'therapist_profiles_treated_concerns_gin', expression: `create index "therapist_profiles_treated_concerns_gin" on "therapist_profiles" using gin ("treated_concerns")` })
@Index({ name: 'therapist_profiles_modalities_gin', expression: `create index "therapist_profiles_modalities_gin" on "therapist_profiles" using gin ("modalities")` })
@Index({ name: 'therapist_profiles_languages_gin', expression: `create index "therapist_profiles_languages_gin" on "therapist_profiles" using gin ("languages")` })
@Index({ name: 'therapist_profiles_display_name_trgm', expression: `create index "therapist_profiles_display_name_trgm" on "therapist_profiles" using gin ("display_name" gin_trgm_ops)` })
@Index({ name: 'therapist_profiles_search_document_index', expression: `create index "therapist_profiles_search_document_index" on "therapist_profiles" using gin (to_tsvector('english', coalesce(display_name, '') || ' ' || coalesce(headline, '') || ' ' || coalesce(bio, '')))` })
@Check({ name: 'therapist_profiles_specialties_max_3', expression: 'cardinality(specialty_concerns) <= 3' })
@Check({ name: 'therapist_profiles_concern_levels_disjoint', expression: 'NOT (specialty_concerns && treated_concerns)' })
@Check({ name: 'therapist_profiles_fee_range', expression: '((fee_minor IS NULL) OR ((fee_minor >= 0) AND (fee_minor <= 10000000)))' })
@Check({
  name: 'therapist_profiles_sliding_scale_range',
  expression:
    '(((sliding_scale_min_minor IS NULL) AND (sliding_scale_max_minor IS NULL)) OR ((sliding_scale_min_minor >= 0) AND (sliding_scale_min_minor <= sliding_scale_max_minor)))',
})
@Check({
  name: 'therapist_profiles_office_coordinates',
  expression:
    '(((office_latitude IS NULL) AND (office_longitude IS NULL)) OR (((office_latitude >= (-90)::double precision) AND (office_latitude <= (90)::double precision)) AND ((office_longitude >= (-180)::double precision) AND (office_longitude <= (180)::double precision))))',
})
// Photos appear on public pages: https only (the DTO says so too, naming the field).
@Check({
  name: 'therapist_profiles_photo_url_https',
  expression: "((photo_url IS NULL) OR ((photo_url ~ '^https://[^[:space:]]+$'::text) AND (char_length(photo_url) <= 500)))",
})
@Check({ name: 'therapist_profiles_years_in_practice', expression: '((years_in_practice IS NULL) OR ((years_in_practice >= 0) AND (years_in_practice <= 70)))' })
@Check({ name: 'therapist_profiles_suspension_reason', expression: '((status <> \'SUSPENDED\'::profile_status) OR (suspension_reason IS NOT NULL))' })
export class TherapistProfile {
  [OptionalProps]?:
    | 'status'
    | 'createdAt'
    | 'updatedAt'
    | 'languages'
    | 'formats'
    | 'ageGroups'
    | 'communities'
    | 'specialtyConcerns'
    | 'treatedConcerns'
    | 'modalities'
    | 'insuranceAccepted'
    | 'insuranceUnmatched'
    | 'acceptsNewClients'
    | 'payoutsEnabled'
    | 'chargesEnabled';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @OneToOne(() => User, { owner: true, deleteRule: 'cascade', unique: 'therapist_profiles_user_id_unique' })
  user!: User;

  @Enum({ items: () => ProfileStatus, nativeEnumName: 'profile_status' })
  @Index({ name: 'therapist_profiles_status_index' })
  status: ProfileStatus = ProfileStatus.DRAFT;

  @Property({ type: 'text' })
  displayName!: string;

  @Property({ type: 'text', nullable: true })
  pronouns: string | null = null;

  @Property({ type: 'text', nullable: true })
  headline: string | null = null;

  @Property({ type: 'text', nullable: true })
  bio: string | null = null;

  @Property({ type: 'text', nullable: true })
  photoUrl: string | null = null;

  @Property({ type: 'smallint', nullable: true })
  yearsInPractice: number | null = null;

  @Enum({ items: () => TherapistGender, nativeEnumName: 'therapist_gender', nullable: true })
  gender: TherapistGender | null = null;

  @Property({ type: 'text[]' })
  languages: string[] = ['en'];

  @Property({ type: 'text[]' })
  formats: SessionFormat[] = [SessionFormat.VIDEO];

  @Property({ type: 'text', nullable: true })
  officeAddress: string | null = null;

  @Property({ type: 'double', nullable: true })
  officeLatitude: number | null = null;

  @Property({ type: 'double', nullable: true })
  officeLongitude: number | null = null;

  @Property({ type: 'text[]' })
  ageGroups: string[] = [];

  @Property({ type: 'text[]' })
  communities: string[] = [];

  @Property({ type: 'text[]' })
  specialtyConcerns: string[] = [];

  @Property({ type: 'text[]' })
  treatedConcerns: string[] = [];

  @Property({ type: 'text[]' })
  modalities: string[] = [];

  /** Fee for a standard individual session, in cents. Session types may price differently. */
  @Property({ type: 'integer', nullable: true })
  feeMinor: number | null = null;

  @Property({ type: 'integer', nullable: true })
  slidingScaleMinMinor: number | null = null;

  @Property({ type: 'integer', nullable: true })
  slidingScaleMaxMinor: number | null = null;

  /** Payer ids from libs/taxonomy (PAYERS). */
  @Property({ type: 'text[]' })
  insuranceAccepted: string[] = [];

  /** Plan names typed before plans were chosen from the list that no payer matched: shown to the therapist to choose again, never lost. */
  @Property({ type: 'text[]' })
  insuranceUnmatched: string[] = [];

  @Property({ type: 'boolean' })
  acceptsNewClients: boolean = true;

  @Property({ type: 'timestamptz', nullable: true })
  suspendedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  suspensionReason: string | null = null;

  @Property({ type: 'text', nullable: true })
  stripeAccountId: string | null = null;

  @Property({ type: 'boolean' })
  payoutsEnabled: boolean = false;

  /** Stripe says the connected account can take charges (account.updated): needed for paid session types. */
  @Property({ type: 'boolean' })
  chargesEnabled: boolean = false;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
