// License facts for demo therapists: which therapists are active, pending,
// expired or suspended, unique license numbers, valid NPIs and a believable
// timeline, all relative to a "today" that is passed in.
import { luhnCheckDigit, type LicenseStatus, type ProfileStatus } from '@rapport/domain';
import { mixSeed, mulberry32, pick, randomInt, shuffled, type Random } from './seeded-random';
import { SUSPENSION_REASONS } from './demo-therapist-practice';

export interface DemoLicenseRecord {
  licenseType: string;
  number: string;
  jurisdiction: string;
  /** Last valid day, 'YYYY-MM-DD'. */
  expiresOn: string;
  npi: string | null;
  status: LicenseStatus;
  submittedAt: string;
  /** Set when an admin reviewed it (always for VERIFIED); the seeder names the reviewer. */
  reviewedAt: string | null;
}

export interface LicenseTimeline {
  createdAt: string;
  updatedAt: string;
  suspendedAt: string | null;
  suspensionReason: string | null;
  licenses: DemoLicenseRecord[];
}

/**
 * Within every block of 100 consecutive therapists, exactly this many get each
 * non-active status (the rest are ACTIVE): 8% waiting for review, 4% with only
 * expired licenses (a DRAFT profile), 1% suspended. Therapist 1 is always ACTIVE.
 */
export const STATUS_BLOCK_SIZE = 100;
export const STATUSES_PER_BLOCK: readonly (readonly [Exclude<ProfileStatus, 'ACTIVE'>, number])[] = [
  ['PENDING_REVIEW', 8],
  ['DRAFT', 4],
  ['SUSPENDED', 1],
];
const STATUS_STREAM = 0x5747;

/** The status therapist `number` is built to have. Depends only on the seed and the number. */
export function plannedStatusOf(number: number, seed: number): ProfileStatus {
  const block = Math.floor((number - 1) / STATUS_BLOCK_SIZE);
  const position = (number - 1) % STATUS_BLOCK_SIZE;
  const positions = Array.from({ length: STATUS_BLOCK_SIZE }, (_, index) => index).filter(
    (index) => !(block === 0 && index === 0),
  );
  const order = shuffled(mulberry32(mixSeed(seed, STATUS_STREAM, block)), positions);
  let offset = 0;
  for (const [status, count] of STATUSES_PER_BLOCK) {
    if (order.slice(offset, offset + count).includes(position)) return status;
    offset += count;
  }
  return 'ACTIVE';
}

/**
 * A license number unique across all demo therapists: `slot` (0 or 1) of
 * therapist `number` maps one-to-one onto 7 digits (multiplying by a number
 * coprime with 10 permutes the residues), so numbers look scattered yet never repeat.
 */
export function demoLicenseNumber(number: number, slot: 0 | 1): string {
  const index = BigInt((number - 1) * 2 + slot);
  return ((index * 7_654_321n + 1_234_567n) % 10_000_000n).toString().padStart(7, '0');
}

/** A valid NPI (Luhn check digit over 80840 + payload), one per therapist. */
export function demoNpi(number: number): string {
  const payload = `1${((BigInt(number) * 48_271_723n + 31_415_926n) % 100_000_000n).toString().padStart(8, '0')}`;
  return payload + luhnCheckDigit(`80840${payload}`);
}

export interface LicensePlan {
  number: number;
  status: ProfileStatus;
  today: string;
  /** [license type, jurisdiction] per license, first state first. */
  licenses: readonly (readonly [string, string])[];
  hasNpi: boolean;
}

/** Licenses, dates and suspension that make the planned status true on `today`. */
export function buildLicenseTimeline(random: Random, plan: LicensePlan): LicenseTimeline {
  const { today, status } = plan;
  const npi = plan.hasNpi ? demoNpi(plan.number) : null;
  const createdDay =
    status === 'PENDING_REVIEW' ? -randomInt(random, 1, 21) : status === 'DRAFT' ? -randomInt(random, 800, 1500) : -randomInt(random, 30, 1000);
  // Clinicians sign up during US working hours: 13:00–21:00 UTC.
  const createdMinute = randomInt(random, 13 * 60, 21 * 60);
  const createdAt = instantOn(today, createdDay, createdMinute);
  const events = [createdAt];

  const licenses = plan.licenses.map(([licenseType, jurisdiction], slot): DemoLicenseRecord => {
    const base = { licenseType, number: demoLicenseNumber(plan.number, slot as 0 | 1), jurisdiction, npi };
    if (status === 'PENDING_REVIEW') {
      return {
        ...base,
        expiresOn: dateOn(today, randomInt(random, 120, 730)),
        status: 'SUBMITTED',
        submittedAt: instantOn(today, createdDay, createdMinute + randomInt(random, 5, 120)),
        reviewedAt: null,
      };
    }
    const submittedDay = createdDay + randomInt(random, 0, 3) + (slot === 1 ? randomInt(random, 0, 20) : 0);
    const reviewedAt = instantOn(today, submittedDay + randomInt(random, 1, 5), randomInt(random, 14 * 60, 22 * 60));
    events.push(reviewedAt);
    return {
      ...base,
      expiresOn: status === 'DRAFT' ? dateOn(today, -randomInt(random, 1, 180)) : dateOn(today, randomInt(random, 14, 730)),
      status: status === 'DRAFT' ? 'EXPIRED' : 'VERIFIED',
      submittedAt: instantOn(today, submittedDay, randomInt(random, 13 * 60, 21 * 60)),
      reviewedAt,
    };
  });

  let suspendedAt: string | null = null;
  let suspensionReason: string | null = null;
  if (status === 'SUSPENDED') {
    suspendedAt = instantOn(today, -randomInt(random, 1, 20), randomInt(random, 14 * 60, 22 * 60));
    suspensionReason = pick(random, SUSPENSION_REASONS);
    events.push(suspendedAt);
  }
  const updatedAt = events.reduce((latest, instant) => (instant > latest ? instant : latest));
  return { createdAt, updatedAt, suspendedAt, suspensionReason, licenses };
}

/** 'YYYY-MM-DD' `days` after `today` (negative: before). */
export function dateOn(today: string, days: number): string {
  return instantOn(today, days, 0).slice(0, 10);
}

/** ISO instant (UTC) `minutes` after midnight UTC, `days` after `today`. */
export function instantOn(today: string, days: number, minutes: number): string {
  const [year, month, day] = today.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days, 0, minutes)).toISOString();
}
