import type { EntityManager } from '@mikro-orm/postgresql';
import { Seeder } from '@mikro-orm/seeder';
import { Role, User } from '../../apps/api/src/auth/entities/user.entity';
import { hashPassword } from '../../apps/api/src/auth/password-hashing';
import { utcDateOf } from '@rapport/domain';
import { DEMO_ACCOUNTS } from './demo-accounts';
import { seedDemoTherapists } from './seed-demo-therapists';

export const DEMO_THERAPIST_COUNT = 200;

export interface DemoSeedOptions {
  /** 'YYYY-MM-DD' the demo licenses are dated from; defaults to today (UTC) at the call. */
  today?: string;
  therapistCount?: number;
}

/**
 * Demo data for a local `npm start`: a client and an admin with known
 * credentials, then 200 therapists (therapist-00001 is a known, ACTIVE login).
 */
export class DemoSeeder extends Seeder {
  constructor(private readonly options: DemoSeedOptions = {}) {
    super();
  }

  async run(em: EntityManager): Promise<void> {
    const today = this.options.today ?? utcDateOf(new Date());
    // All or nothing: a half-seeded database would never be seeded again.
    await em.transactional(async (tx) => {
      const users: Partial<Record<Role, User>> = {};
      for (const [role, account] of [
        [Role.CLIENT, DEMO_ACCOUNTS.client],
        [Role.ADMIN, DEMO_ACCOUNTS.admin],
      ] as const) {
        users[role] = tx.create(User, {
          email: account.email,
          passwordHash: await hashPassword(account.password),
          role,
          timeZone: account.timeZone,
        });
      }
      await tx.flush();
      await seedDemoTherapists(tx, {
        count: this.options.therapistCount ?? DEMO_THERAPIST_COUNT,
        today,
        adminUserId: users[Role.ADMIN]!.id,
      });
    });
  }
}

/** Seeds only an empty database, so demo data is created once and never duplicated. */
export async function seedDemoDataOnce(em: EntityManager, options: DemoSeedOptions = {}): Promise<boolean> {
  const existing = await em.count(User, {});
  if (existing > 0) return false;
  await new DemoSeeder(options).run(em);
  return true;
}
