import { Entity, ManyToOne, PrimaryKeyProp, Property } from '@mikro-orm/postgresql';
import { TherapistProfile } from '../../therapists/entities/therapist-profile.entity';

export interface OverrideWindow {
  startLocal: string;
  endLocal: string;
}

/** A local date with its own hours, or closed (no windows); replaces the weekly rules for that date. */
@Entity({ tableName: 'date_overrides' })
export class DateOverride {
  [PrimaryKeyProp]?: ['therapist', 'date'];

  @ManyToOne(() => TherapistProfile, { primary: true, deleteRule: 'cascade' })
  therapist!: TherapistProfile;

  @Property({ type: 'date', primary: true })
  date!: string;

  @Property({ type: 'jsonb' })
  windows!: OverrideWindow[];
}
