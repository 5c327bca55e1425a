import type { EntityManager } from '@mikro-orm/postgresql';
import { Seeder } from '@mikro-orm/seeder';
import { Role, User } from '../../apps/api/src/auth/entities/user.entity';
import { hashPassword } from '../../apps/api/src/auth/password-hashing';
import { DEMO_ACCOUNTS } from './demo-accounts';

/** Demo data for a local `npm start`: a client and an admin with known credentials. */
export class DemoSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    for (const [role, account] of [
      [Role.CLIENT, DEMO_ACCOUNTS.client],
      [Role.ADMIN, DEMO_ACCOUNTS.admin],
    ] as const) {
      em.create(User, {
        email: account.email,
        passwordHash: await hashPassword(account.password),
        role,
        timeZone: account.timeZone,
      });
    }
    await em.flush();
  }
}

/** Seeds only an empty database, so demo data is created once and never duplicated. */
export async function seedDemoDataOnce(em: EntityManager): Promise<boolean> {
  const existing = await em.count(User, {});
  if (existing > 0) return false;
  await new DemoSeeder().run(em);
  return true;
}
