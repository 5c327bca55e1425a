import 'reflect-metadata';
import { runSeedTherapistsCli } from './seed-therapists-for-benchmark';

// DATABASE_URL=postgres://… node apps/api/dist/prisma-free-schema/seeders/seed-therapists-cli.js --count 100000
void runSeedTherapistsCli(process.argv.slice(2)).then((code) => process.exit(code));
