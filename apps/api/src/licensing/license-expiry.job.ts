import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { LicensingService } from './licensing.service';
import { durationMs } from '@rapport/domain';
import { inContextOfItsOwn } from '../database/request-context';

/** Expires licenses at boot and then daily. Every replica may run it: the work is idempotent and rows are locked. */
@Injectable()
export class LicenseExpiryJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(LicenseExpiryJob.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly orm: MikroORM,
    private readonly licensing: LicensingService,
  ) {}

  onApplicationBootstrap(): void {
    void this.run();
    this.timer = setInterval(() => void this.run(), durationMs({ days: 1 }));
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async run(): Promise<number> {
    try {
      const expired = await inContextOfItsOwn(this.orm.em, () => this.licensing.expireLicenses());
      if (expired > 0) this.logger.log(`marked ${expired} license(s) expired`);
      return expired;
    } catch (error) {
      this.logger.error(`license expiry failed: ${error instanceof Error ? error.message : String(error)}`);
      return 0;
    }
  }
}
