import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { User } from '../../auth/entities/user.entity';
import { TherapistProfile } from '../../therapists/entities/therapist-profile.entity';

export enum LicenseStatus {
  SUBMITTED = 'SUBMITTED',
  VERIFIED = 'VERIFIED',
  REJECTED = 'REJECTED',
  EXPIRED = 'EXPIRED',
}

@Entity({ tableName: 'licenses' })
// One license (type + number + jurisdiction) belongs to one therapist, once; numbers compare case-insensitively.
@Unique({
  name: 'licenses_type_number_jurisdiction_unique',
  expression: 'create unique index "licenses_type_number_jurisdiction_unique" on "licenses" ("license_type", upper("number"), "jurisdiction")',
})
// Search filters therapists by a verified license in a state; this keeps that from scanning every license.
@Index({
  name: 'licenses_verified_jurisdiction_index',
  expression: `create index "licenses_verified_jurisdiction_index" on "licenses" ("jurisdiction", "therapist_id", "expires_on") where status = 'VERIFIED'`,
})
@Index({ name: 'licenses_review_queue_index', expression: 'create index "licenses_review_queue_index" on "licenses" ("submitted_at") where status = \'SUBMITTED\'' })
@Check({ name: 'licenses_rejection_has_reason', expression: '((status <> \'REJECTED\'::license_status) OR (rejection_reason IS NOT NULL))' })
@Check({ name: 'licenses_review_has_reviewer', expression: '((status <> ALL (ARRAY[\'VERIFIED\'::license_status, \'REJECTED\'::license_status])) OR (reviewed_by_id IS NOT NULL))' })
@Check({ name: 'licenses_npi_format', expression: "((npi IS NULL) OR (npi ~ '^[0-9]{10}$'::text))" })
export class License {
  [OptionalProps]?: 'status' | 'submittedAt' | 'npi' | 'reviewedBy' | 'reviewedAt' | 'rejectionReason';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => TherapistProfile, { deleteRule: 'cascade' })
  @Index({ name: 'licenses_therapist_id_index' })
  therapist!: TherapistProfile;

  @Property({ type: 'text' })
  licenseType!: string;

  @Property({ type: 'text' })
  number!: string;

  @Property({ type: 'text' })
  jurisdiction!: string;

  /** Last day the license is valid. */
  @Property({ type: 'date' })
  expiresOn!: string;

  @Property({ type: 'text', nullable: true })
  npi: string | null = null;

  @Enum({ items: () => LicenseStatus, nativeEnumName: 'license_status' })
  status: LicenseStatus = LicenseStatus.SUBMITTED;

  @Property({ type: 'timestamptz' })
  submittedAt: Date = new Date();

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  reviewedBy: User | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  reviewedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  rejectionReason: string | null = null;
}
