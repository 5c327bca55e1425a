import { Clock } from '../../apps/api/src/common/clock';

/** A clock the test sets; services read "now" only through Clock. */
export class FixedClock extends Clock {
  constructor(private instant: Date) {
    super();
  }
  now(): Date {
    return new Date(this.instant);
  }
  set(instant: Date | string): void {
    this.instant = new Date(instant);
  }
}

/**
 * A clock pinned to a chosen instant that then moves on in real time, so a journey
 * that takes a minute sees a minute pass (holds lapse, "now" is never stuck) while its
 * calendar dates stay those the test chose, whatever day the suite runs on.
 */
export class RunningClock extends Clock {
  private offsetMs: number;
  constructor(start: Date | string) {
    super();
    this.offsetMs = new Date(start).getTime() - Date.now();
  }
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
  /** Jumps to `instant`; time runs on from there. */
  set(instant: Date | string): void {
    this.offsetMs = new Date(instant).getTime() - Date.now();
  }
}
