import 'reflect-metadata';
import { AccountsService } from '../auth/accounts.service';
import { AuthModule } from '../auth/auth.module';
import { AuditModule } from '../audit/audit.module';
import { flags, runCommand, say } from './cli-support';

const USAGE = 'usage: npm run admin:create -- --email EMAIL --password PASSWORD [--promote-existing]';

// Admins never come from sign-up. An existing client or therapist is made an admin
// only with --promote-existing (audited); an existing admin gets the new password
// and loses every session.
void runCommand({
  modules: [AuditModule, AuthModule],
  async run(context) {
    const { email, password, ...rest } = flags();
    if (!email || !password) throw new Error(USAGE);
    const unknown = Object.keys(rest).filter((flag) => flag !== 'promote-existing');
    if (unknown.length) throw new Error(`unknown option --${unknown[0]}; ${USAGE}`);
    const { outcome, user } = await context.get(AccountsService).provisionAdmin({
      email,
      password,
      promoteExisting: 'promote-existing' in rest,
      source: 'cli',
    });
    const said = {
      create: `admin created: ${user.email}`,
      unchanged: `admin already set up with that password, nothing changed: ${user.email}`,
      'reset-password': `admin password reset, every session of ${user.email} ended`,
      promote: `${user.email} promoted to admin with the new password; every session ended`,
    };
    say(said[outcome]);
  },
});
