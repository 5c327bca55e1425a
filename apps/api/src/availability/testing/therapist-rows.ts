import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { Role, User } from '../../auth/entities/user.entity';
import { TherapistProfile } from '../../therapists/entities/therapist-profile.entity';

/** A therapist account and profile written straight to the database, for service-level tests. */
export async function insertTherapist(em: EntityManager, timeZone = 'America/New_York'): Promise<{ user: User; profile: TherapistProfile }> {
  const user = em.create(User, { email: `therapist-${randomUUID()}@example.com`, passwordHash: 'not-used', role: Role.THERAPIST, timeZone });
  const profile = em.create(TherapistProfile, { user, displayName: 'Dr. Test Therapist' });
  await em.flush();
  return { user, profile };
}
