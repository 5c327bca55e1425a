import { EntityManager } from '@mikro-orm/postgresql';
import { User } from '../auth/entities/user.entity';
import { TherapistProfile } from '../therapists/entities/therapist-profile.entity';
import { BookingSettings } from './entities/booking-settings.entity';

/** The therapist's settings, created with defaults (their account's zone) the first time; flushed by the caller. */
export async function settingsFor(em: EntityManager, profile: TherapistProfile, user: User): Promise<BookingSettings> {
  const existing = await em.findOne(BookingSettings, { therapist: profile });
  return existing ?? em.create(BookingSettings, { therapist: profile, timeZone: user.timeZone });
}
