import { INestApplicationContext } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { EmulatorControl } from '@rapport/stripe-emulator';
import { TherapistProfile } from '../therapists/entities/therapist-profile.entity';
import { PaymentsService } from './payments.service';

/**
 * Local demo only (`npm start` with no STRIPE_SECRET_KEY): every seeded therapist gets an
 * Express account on the emulator, onboarded as if they had finished the hosted page, so
 * the demo's paid sessions can be booked and paid on the emulator's checkout page. Goes
 * through the same service calls as a therapist's own onboarding; returns how many.
 */
export async function onboardDemoTherapists(app: INestApplicationContext, control: Pick<EmulatorControl, 'completeOnboarding'>): Promise<number> {
  const payments = app.get(PaymentsService);
  const profiles = await app.get(EntityManager).fork().find(TherapistProfile, { stripeAccountId: null }, { populate: ['user'] });
  for (const profile of profiles) {
    await payments.startPayoutOnboarding(profile.user);
    const onboarded = await app.get(EntityManager).fork().findOneOrFail(TherapistProfile, profile.id);
    await control.completeOnboarding(onboarded.stripeAccountId!);
    await payments.refreshPayoutStatus(profile.user);
  }
  return profiles.length;
}
