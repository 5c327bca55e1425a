// Seeding N demo therapists for benchmarks. The code lives in
// prisma-free-schema/seeders so the API build compiles it; see README.md here.
export {
  formatProgressBar,
  runSeedTherapistsCli,
  seedTherapistsForBenchmark,
  type BenchmarkSeedOptions,
  type BenchmarkSeedResult,
} from '../../prisma-free-schema/seeders/seed-therapists-for-benchmark';
