import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { durationMs } from '@rapport/domain';
import { inContextOfItsOwn } from '../database/request-context';
import { BookingsService } from './bookings.service';

/**
 * Closes lapsed holds (HELD → EXPIRED, with history and audit) every minute.
 * Not what frees their time: the slot engine ignores lapsed holds and holdSlot
 * expires a therapist's lapsed holds before inserting. Every replica may run it:
 * rows are claimed with SKIP LOCKED. The job queue (pg-boss) can take this over.
 */
@Injectable()
export class HoldExpiryJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(HoldExpiryJob.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly orm: MikroORM,
    private readonly bookings: BookingsService,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.run(), durationMs({ minutes: 1 }));
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async run(): Promise<number> {
    try {
      const expired = await inContextOfItsOwn(this.orm.em, () => this.bookings.expireAllLapsedHolds());
      if (expired > 0) this.logger.log(`marked ${expired} lapsed hold(s) expired`);
      return expired;
    } catch (error) {
      this.logger.error(`hold expiry failed: ${error instanceof Error ? error.message : String(error)}`);
      return 0;
    }
  }
}
