import { randomUUID } from 'node:crypto';
import { Entity, OneToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { User } from '../auth/entities/user.entity';
import { isStale, openJson, sealJson } from '../common/encryption/sealed-json';

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
 * revision). Answers and screeners are stored only as AES-256-GCM ciphertext
 * bound to this row (common/encryption); the only plaintext is who it belongs
 * to and when it changed. Read and write `answers` and `screeners`; assign a new
 * value to change one (mutating the returned object changes nothing).
 */
@Entity({ tableName: 'intakes' })
export class Intake {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'revision';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @OneToOne(() => User, { owner: true, deleteRule: 'cascade', unique: 'intakes_client_id_unique' })
  client!: User;

  @Property({ fieldName: 'answers', type: 'text', hidden: true })
  sealedAnswers!: string;

  @Property({ fieldName: 'screeners', type: 'text', hidden: true })
  sealedScreeners!: string;

  // Said explicitly: MikroORM cannot read the initializer from a class whose constructor needs arguments.
  @Property({ type: 'integer', default: 1 })
  revision: number = 1;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  constructor(fields: { client: User; answers: IntakeAnswers; screeners: IntakeScreeners }) {
    this.client = fields.client;
    this.answers = fields.answers;
    this.screeners = fields.screeners;
  }

  get answers(): IntakeAnswers {
    return openJson(this.sealedAnswers, { column: 'intakes.answers', rowId: this.id });
  }

  set answers(value: IntakeAnswers) {
    this.sealedAnswers = sealJson(value, { column: 'intakes.answers', rowId: this.id });
  }

  get screeners(): IntakeScreeners {
    return openJson(this.sealedScreeners, { column: 'intakes.screeners', rowId: this.id });
  }

  set screeners(value: IntakeScreeners) {
    this.sealedScreeners = sealJson(value, { column: 'intakes.screeners', rowId: this.id });
  }

  /** Re-seals values in an old format or under an old key; true when anything changed. */
  resealStaleValues(): boolean {
    const stale = isStale(this.sealedAnswers) || isStale(this.sealedScreeners);
    if (stale) [this.answers, this.screeners] = [this.answers, this.screeners];
    return stale;
  }
}
