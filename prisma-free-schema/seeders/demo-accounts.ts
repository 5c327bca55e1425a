/** Demo accounts printed at `npm start`. Local demo only: never seeded unless SEED_DEMO_DATA is on. */
export const DEMO_ACCOUNTS = {
  client: { email: 'client@demo.rapport.test', password: 'calm-harbor-2026', timeZone: 'America/New_York' },
  admin: { email: 'admin@demo.rapport.test', password: 'steady-lantern-2026', timeZone: 'America/New_York' },
} as const;
