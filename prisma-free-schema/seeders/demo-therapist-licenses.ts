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
const DAY_MINUTES = 24 * 60;

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
 * A license number unique across all demo therapists: slot 0 or 1 of therapist
 * `number` goes through a one-to-one scramble of 7 digits, so numbers look
 * scattered yet never repeat.
 */
export function demoLicenseNumber(number: number, slot: 0 | 1): string {
  return scrambleDigits((number - 1) * 2 + slot, 7);
}

/** A valid NPI (Luhn check digit over 80840 + payload), one per therapist. */
export function demoNpi(number: number): string {
  const payload = `1${scrambleDigits(number, 8)}`;
  return payload + luhnCheckDigit(`80840${payload}`);
}

/**
 * A bijection on `digits`-digit numbers: affine maps (multipliers coprime with
 * 10 permute the residues) around a digit reversal (which is its own inverse).
 */
function scrambleDigits(value: number, digits: number): string {
  const modulus = 10n ** BigInt(digits);
  const first = ((BigInt(value) * 7_654_321n + 1_234_567n) % modulus).toString().padStart(digits, '0');
  const reversed = BigInt([...first].reverse().join(''));
  return ((reversed * 4_837_261n + 2_718_281n) % modulus).toString().padStart(digits, '0');
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
  const createdDay = -{
    PENDING_REVIEW: () => randomInt(random, 1, 21),
    DRAFT: () => randomInt(random, 800, 1500),
    ACTIVE: () => randomInt(random, 30, 1000),
    // Reviewed well before the suspension.
    SUSPENDED: () => randomInt(random, 60, 1000),
  }[status]();
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
    // Submitted within three days of signing up (a second state up to three weeks later), reviewed 1–5 days after.
    const secondStateDelay = slot === 1 ? randomInt(random, 0, 20 * DAY_MINUTES) : 0;
    const submittedMinute = createdMinute + randomInt(random, 10, 3 * DAY_MINUTES) + secondStateDelay;
    const reviewedMinute = submittedMinute + randomInt(random, DAY_MINUTES, 5 * DAY_MINUTES);
    const reviewedAt = instantOn(today, createdDay, reviewedMinute);
    events.push(reviewedAt);
    return {
      ...base,
      expiresOn: status === 'DRAFT' ? dateOn(today, -randomInt(random, 1, 180)) : dateOn(today, randomInt(random, 14, 730)),
      status: status === 'DRAFT' ? 'EXPIRED' : 'VERIFIED',
      submittedAt: instantOn(today, createdDay, submittedMinute),
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
