import { EntityManager } from '@mikro-orm/postgresql';
import { User } from '../auth/entities/user.entity';
import { TherapistProfile } from '../therapists/entities/therapist-profile.entity';
import { BookingSettings } from './entities/booking-settings.entity';

/** The therapist's settings, created with the database's defaults (their account's zone) the first time. */
export async function settingsFor(em: EntityManager, profile: TherapistProfile, user: User): Promise<BookingSettings> {
  const existing = await em.findOne(BookingSettings, { therapist: profile });
  if (existing) return existing;
  // Inserted once even when two first requests race (say, two uploads at once): no unique-violation 500.
  await em.execute(
    'insert into booking_settings (therapist_id, time_zone, updated_at) values (?, ?, now()) on conflict (therapist_id) do nothing',
    [profile.id, user.timeZone],
  );
  return em.findOneOrFail(BookingSettings, { therapist: profile });
}
