import { TherapistProfile } from '../../apps/api/src/therapists/entities/therapist-profile.entity';
import { TestAccount } from './accounts';
import { graphql } from './graphql-client';
import { TestApp } from './test-app';

/** Onboards the therapist's Express account on the test app's emulator, as they would on the hosted page; returns the account id. */
export async function enablePayouts(app: TestApp, therapist: TestAccount & { profileId: string }): Promise<string> {
  const started = await graphql(app.baseUrl, `mutation { startPayoutOnboarding { url status { hasAccount } } }`, {}, therapist);
  if (started.errors) throw new Error(`startPayoutOnboarding failed: ${JSON.stringify(started.errors)}`);
  const profile = await app.em().findOneOrFail(TherapistProfile, therapist.profileId);
  await app.stripe.control.completeOnboarding(profile.stripeAccountId!);
  const refreshed = await graphql(app.baseUrl, `mutation { refreshPayoutStatus { chargesEnabled payoutsEnabled } }`, {}, therapist);
  if (!refreshed.data?.refreshPayoutStatus.chargesEnabled) throw new Error(`payouts not enabled: ${JSON.stringify(refreshed)}`);
  return profile.stripeAccountId!;
}
