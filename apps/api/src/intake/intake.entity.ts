import { randomUUID } from 'node:crypto';
import { Entity, OneToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { User } from '../auth/entities/user.entity';
import { EncryptedJsonType } from '../common/encryption/encrypted-json.type';

export type IntakeFormat = 'VIDEO' | 'IN_PERSON' | 'PHONE' | 'ANY';
export type DayPart = 'MORNING' | 'AFTERNOON' | 'EVENING';

/** What the client told us. Health data: only ever stored encrypted. */
export interface IntakeAnswers {
  concerns: { code: string; priority: 1 | 2 | 3 }[];
  goals: string[];
  preferredModalities: string[];
  jurisdiction: string;
  format: IntakeFormat;
  location: { latitude: number; longitude: number; maxDistanceKm: number } | null;
  budgetMaxMinor: number | null;
  needsSlidingScale: boolean;
  insurance: string | null;
  languages: string[];
  genderPreference: ('WOMAN' | 'MAN' | 'NON_BINARY')[];
  communities: string[];
  ageGroup: string | null;
  preferredWeekdays: number[];
  preferredDayParts: DayPart[];
  timeZone: string;
}

export interface ScreenerRecord {
  answers: number[];
  total: number;
  band: string;
  bandLabel: string;
}

export interface IntakeScreeners {
  phq9: (ScreenerRecord & { selfHarmItemPositive: boolean }) | null;
  gad7: ScreenerRecord | null;
}

/**
 * A client's current intake (revisable: each submit replaces it and bumps the
 * revision). Answers and screeners are AES-256-GCM encrypted columns; the only
 * plaintext is who it belongs to and when it changed.
 */
@Entity({ tableName: 'intakes' })
export class Intake {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'revision';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @OneToOne(() => User, { owner: true, deleteRule: 'cascade', unique: 'intakes_client_id_unique' })
  client!: User;

  @Property({ type: new EncryptedJsonType<IntakeAnswers>('intakes.answers'), columnType: 'text' })
  answers!: IntakeAnswers;

  @Property({ type: new EncryptedJsonType<IntakeScreeners>('intakes.screeners'), columnType: 'text' })
  screeners!: IntakeScreeners;

  @Property({ type: 'integer' })
  revision: number = 1;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
