import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { checkWithin, SESSION_TYPE_BOUNDS } from '@rapport/domain';
import { SessionFormat, TherapistProfile } from '../../therapists/entities/therapist-profile.entity';

export enum SessionKind {
  CONSULTATION = 'CONSULTATION',
  INTAKE = 'INTAKE',
  INDIVIDUAL = 'INDIVIDUAL',
  COUPLES = 'COUPLES',
  FAMILY = 'FAMILY',
}

/** What a client can book: a kind of session with its length, price and formats. */
@Entity({ tableName: 'session_types' })
@Check({ name: 'session_types_duration_range', expression: checkWithin('duration_minutes', SESSION_TYPE_BOUNDS.durationMinutes) })
@Check({ name: 'session_types_price_range', expression: checkWithin('price_minor', SESSION_TYPE_BOUNDS.priceMinor) })
@Check({ name: 'session_types_consultations_free', expression: "((kind <> 'CONSULTATION'::session_kind) OR (price_minor = 0))" })
@Check({ name: 'session_types_has_format', expression: '(cardinality(formats) >= 1)' })
@Check({ name: 'session_types_video_link_https', expression: "((video_link IS NULL) OR (video_link ~ '^https://'::text))" })
@Check({ name: 'session_types_location_note_length', expression: '((location_note IS NULL) OR (char_length(location_note) <= 300))' })
@Check({ name: 'session_types_cpt_code', expression: "((cpt_code IS NULL) OR (cpt_code ~ '^[0-9]{5}$'::text))" })
export class SessionType {
  [OptionalProps]?: 'createdAt' | 'archivedAt' | 'videoLink' | 'locationNote' | 'cptCode';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => TherapistProfile, { deleteRule: 'cascade' })
  @Index({ name: 'session_types_therapist_id_index' })
  therapist!: TherapistProfile;

  @Property({ type: 'text' })
  name!: string;

  @Enum({ items: () => SessionKind, nativeEnumName: 'session_kind' })
  kind!: SessionKind;

  @Property({ type: 'smallint' })
  durationMinutes!: number;

  @Property({ type: 'integer' })
  priceMinor!: number;

  @Property({ type: 'text[]' })
  formats!: SessionFormat[];

  /** The therapist's own video room for this session type (https only); null: Rapport makes a room per booking. */
  @Property({ type: 'text', nullable: true })
  videoLink: string | null = null;

  /** How the session happens, in the therapist's words (e.g. "I call the number you gave me"); shown to the client. */
  @Property({ type: 'text', nullable: true })
  locationNote: string | null = null;

  /** The CPT code superbills show, when the therapist set one; null: the default from kind and length (`cptCodeOf` in libs/domain). */
  @Property({ type: 'text', nullable: true })
  cptCode: string | null = null;

  /** Archived types stay for past bookings but cannot be booked. */
  @Property({ type: 'timestamptz', nullable: true })
  archivedAt: Date | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
