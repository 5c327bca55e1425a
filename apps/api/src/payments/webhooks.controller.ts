import { Controller, Headers, HttpCode, Inject, Logger, Post, Req, ServiceUnavailableException } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Request } from 'express';
import Stripe from 'stripe';
import { Public } from '../auth/guards/access.decorators';
import { Clock } from '../common/clock';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { JobQueue } from '../jobs/job-queue';
import { ProcessedWebhookEvent } from './entities/processed-webhook-event.entity';
import { PaymentError } from './payments.errors';
import { PAYMENTS_WEBHOOK } from './payments.service';
import { STRIPE, webhookSecretOf } from './stripe-client';

/** Stripe's own default: a signature older (or newer) than this is refused, so a captured request cannot be replayed later. */
export const WEBHOOK_TOLERANCE_SECONDS = 300;

/**
 * `POST /webhooks/stripe`: checks the signature on the raw bytes, records the
 * event id once (a redelivery answers 200 and does nothing), queues the work
 * and answers at once. The job re-reads Stripe, so the event's snapshot is
 * never trusted beyond the ids in it.
 */
@Controller('webhooks')
export class StripeWebhooksController {
  private readonly logger = new Logger('StripeWebhooks');

  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(STRIPE) private readonly stripe: Stripe,
  ) {}

  @Post('stripe')
  @Public()
  @HttpCode(200)
  async receive(@Req() request: Request & { rawBody?: Buffer }, @Headers('stripe-signature') signature: string | undefined): Promise<{ received: true; duplicate: boolean }> {
    let event: Stripe.Event;
    try {
      if (!signature || !request.rawBody) throw new Error('missing signature or body');
      event = this.stripe.webhooks.constructEvent(request.rawBody, signature, webhookSecretOf(this.config), WEBHOOK_TOLERANCE_SECONDS);
    } catch {
      throw PaymentError.badSignature();
    }
    const em = this.em.fork();
    const inserted = await em.getConnection().execute<{ id: string }[]>(
      `insert into processed_webhook_events (id, type, received_at) values (?, ?, ?) on conflict (id) do nothing returning id`,
      [event.id, event.type, this.clock.now()],
    );
    if (inserted.length === 0) return { received: true, duplicate: true };
    try {
      await this.jobs.send(PAYMENTS_WEBHOOK, jobOf(event));
    } catch (error) {
      // Not queued: forget the id so Stripe's retry is accepted.
      await em.nativeDelete(ProcessedWebhookEvent, { id: event.id });
      this.logger.error(`event ${event.id} (${event.type}) not queued: ${error instanceof Error ? error.message : String(error)}`);
      throw new ServiceUnavailableException('Try again later.');
    }
    return { received: true, duplicate: false };
  }
}

/** Ids only: the job reads the current facts from Stripe. */
function jobOf(event: Stripe.Event) {
  const object = event.data.object as { id: string; object: string; metadata?: Record<string, string> | null; charge?: unknown };
  return {
    eventId: event.id,
    type: event.type,
    objectId: object.id,
    bookingId: object.metadata?.bookingId ?? null,
    accountId: event.type.startsWith('account.') ? object.id : null,
  };
}
