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
