import 'reflect-metadata';
import { runSeedTherapistsCli } from './seed-therapists';

void runSeedTherapistsCli(process.argv.slice(2)).then((code) => process.exit(code));
