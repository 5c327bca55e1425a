import { Check, Entity, ManyToOne, PrimaryKeyProp, Property } from '@mikro-orm/postgresql';
import { MAX_WINDOWS_PER_DAY } from '@rapport/domain';
import { TherapistProfile } from '../../therapists/entities/therapist-profile.entity';

export interface OverrideWindow {
  startLocal: string;
  endLocal: string;
}

/** A local date with its own hours, or closed (no windows); replaces the weekly rules for that date. */
@Entity({ tableName: 'date_overrides' })
@Check({ name: 'date_overrides_window_count', expression: `(jsonb_array_length(windows) <= ${MAX_WINDOWS_PER_DAY})` })
export class DateOverride {
  [PrimaryKeyProp]?: ['therapist', 'date'];

  @ManyToOne(() => TherapistProfile, { primary: true, deleteRule: 'cascade' })
  therapist!: TherapistProfile;

  @Property({ type: 'date', primary: true })
  date!: string;

  @Property({ type: 'jsonb' })
  windows!: OverrideWindow[];
}
