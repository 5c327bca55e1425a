import { formatCents } from '../format/money';

interface Fees {
  feeMinor?: number | null;
  slidingScale?: { minMinor: number; maxMinor: number } | null;
}

/** "$150 a session", or "Fee not listed". */
export function feeLabel({ feeMinor }: Fees): string {
  return typeof feeMinor === 'number' ? `${formatCents(feeMinor)} a session` : 'Fee not listed';
}

/** "Sliding scale $60–$120", or null when the therapist offers none. */
export function slidingScaleLabel({ slidingScale }: Fees): string | null {
  return slidingScale ? `Sliding scale ${formatCents(slidingScale.minMinor)}–${formatCents(slidingScale.maxMinor)}` : null;
}
