/** Every demo therapist (therapist-00001 … therapist-NNNNN@demo.rapport.test) shares this password. */
export const DEMO_THERAPIST_PASSWORD = 'quiet-willow-2026';

/** Demo accounts printed at `npm start`. Local demo only: never seeded unless SEED_DEMO_DATA is on. */
export const DEMO_ACCOUNTS = {
  client: { email: 'client@demo.rapport.test', password: 'calm-harbor-2026', timeZone: 'America/New_York' },
  admin: { email: 'admin@demo.rapport.test', password: 'steady-lantern-2026', timeZone: 'America/New_York' },
  /** Demo therapist 1: always ACTIVE, licensed in New York, accepting new clients. */
  therapist: { email: 'therapist-00001@demo.rapport.test', password: DEMO_THERAPIST_PASSWORD, timeZone: 'America/New_York' },
} as const;
