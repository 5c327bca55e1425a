import type Stripe from 'stripe';
import { z } from 'zod';
import { boolean, expandParam, hash, metadata, mergeMetadata, oneOf, optional, parseParams, text, url } from '../http/params';
import type { Route } from '../http/route';
import { invalidRequest } from '../http/stripe-error';
import type { Context } from '../state/context';
import { randomToken } from '../state/ids';
import type { AccountLinkRow } from '../state/state';
import { findOrThrow, findReference, retrieveRoute } from './lists';

/** Account links last five minutes, as Stripe's do. */
export const ACCOUNT_LINK_TTL_SECONDS = 300;
const DUE_BEFORE_ONBOARDING = ['business_type', 'external_account', 'individual.first_name', 'individual.last_name', 'tos_acceptance.date', 'tos_acceptance.ip'];

const capabilityRequest = optional(hash({ requested: optional(boolean()) }));
const createParams = hash({
  type: optional(oneOf(['express', 'standard', 'custom'])),
  country: optional(text()),
  email: optional(text()),
  business_type: optional(oneOf(['individual', 'company', 'non_profit', 'government_entity'])),
  capabilities: optional(hash({ card_payments: capabilityRequest, transfers: capabilityRequest })),
  business_profile: optional(hash({ name: optional(text()), url: optional(text()), mcc: optional(text()), product_description: optional(text()) })),
  metadata: optional(metadata()),
  expand: expandParam(),
});
const updateParams = hash({
  email: optional(text()),
  business_profile: createParams.shape.business_profile,
  metadata: optional(metadata()),
  expand: expandParam(),
});
const linkParams = hash({
  account: text(),
  type: oneOf(['account_onboarding', 'account_update']),
  refresh_url: url(),
  return_url: url(),
  collect: optional(oneOf(['currently_due', 'eventually_due'])),
  expand: expandParam(),
});

function createAccount(context: Context, params: z.output<typeof createParams>): Stripe.Account {
  if (params.type !== 'express') {
    // Rapport onboards therapists as Express accounts only; other types would need other flows.
    throw invalidRequest('The emulator creates only Express accounts (type: express).', { param: 'type' });
  }
  const requested = params.capabilities ?? { transfers: { requested: true } };
  const capabilities: Stripe.Account.Capabilities = {};
  if (requested.card_payments?.requested) capabilities.card_payments = 'inactive';
  if (requested.transfers?.requested) capabilities.transfers = 'inactive';
  const account: Stripe.Account = {
    id: context.id('acct'),
    object: 'account',
    business_profile: businessProfile(null, params.business_profile),
    business_type: params.business_type ?? null,
    capabilities,
    charges_enabled: false,
    country: params.country ?? 'US',
    created: context.now,
    default_currency: 'usd',
    details_submitted: false,
    email: params.email ?? null,
    metadata: mergeMetadata({}, params.metadata),
    payouts_enabled: false,
    requirements: requirements(DUE_BEFORE_ONBOARDING, 'requirements.past_due'),
    type: 'express',
  };
  context.state.accounts[account.id] = { seq: context.nextSeq(), object: account };
  return account;
}

type BusinessProfileInput = { name?: string; url?: string; mcc?: string; product_description?: string } | undefined;

/** The profile with what was given laid over what there was. */
function businessProfile(current: Stripe.Account.BusinessProfile | null, update: BusinessProfileInput): Stripe.Account.BusinessProfile {
  return {
    mcc: update?.mcc ?? current?.mcc ?? null,
    minority_owned_business_designation: current?.minority_owned_business_designation ?? null,
    name: update?.name ?? current?.name ?? null,
    product_description: update?.product_description ?? current?.product_description ?? null,
    specified_commercial_transactions_act_url: current?.specified_commercial_transactions_act_url ?? null,
    support_address: current?.support_address ?? null,
    support_email: current?.support_email ?? null,
    support_phone: current?.support_phone ?? null,
    support_url: current?.support_url ?? null,
    url: update?.url ?? current?.url ?? null,
  };
}

function requirements(due: string[], disabledReason: Stripe.Account.Requirements.DisabledReason | null): Stripe.Account.Requirements {
  return {
    alternatives: [],
    current_deadline: null,
    currently_due: [...due],
    disabled_reason: disabledReason,
    errors: [],
    eventually_due: [...due],
    past_due: [...due],
    pending_verification: [],
  };
}

/** What finishing the onboarding form does: details in, charges and payouts on, `account.updated`. */
export function completeOnboarding(context: Context, accountId: string, details: { legalName?: string; businessType?: 'individual' | 'company' } = {}): Stripe.Account {
  const account = findOrThrow(context.state.accounts, accountId, 'account').object;
  const previous = {
    charges_enabled: account.charges_enabled,
    payouts_enabled: account.payouts_enabled,
    details_submitted: account.details_submitted,
    capabilities: structuredClone(account.capabilities),
    requirements: structuredClone(account.requirements),
  };
  const capabilities: Stripe.Account.Capabilities = { ...account.capabilities };
  if (capabilities.card_payments) capabilities.card_payments = 'active';
  capabilities.transfers = 'active';
  Object.assign(account, {
    business_type: details.businessType ?? account.business_type ?? 'individual',
    business_profile: businessProfile(account.business_profile ?? null, { name: details.legalName }),
    capabilities,
    charges_enabled: true,
    payouts_enabled: true,
    details_submitted: true,
    requirements: requirements([], null),
  });
  context.emit('account.updated', account, previous);
  return account;
}

export function transfersActive(account: Stripe.Account): boolean {
  return account.capabilities?.transfers === 'active';
}

export function createAccountLink(context: Context, params: z.output<typeof linkParams>): Stripe.AccountLink {
  findReference(context.state.accounts, params.account, 'account', 'account');
  const token = randomToken(32);
  const row: AccountLinkRow = {
    seq: context.nextSeq(),
    token,
    account: params.account,
    type: params.type,
    refreshUrl: params.refresh_url,
    returnUrl: params.return_url,
    created: context.now,
    expiresAt: context.now + ACCOUNT_LINK_TTL_SECONDS,
    used: false,
  };
  context.state.accountLinks[token] = row;
  return { object: 'account_link', created: row.created, expires_at: row.expiresAt, url: `${context.baseUrl}/connect/onboarding/${token}` };
}

export const accountRoutes: Route[] = [
  { method: 'POST', pattern: '/v1/accounts', handle: (context, request) => createAccount(context, parseParams(createParams, request.params)) },
  retrieveRoute('/v1/accounts/:id', 'accounts', 'account'),
  {
    method: 'POST',
    pattern: '/v1/accounts/:id',
    handle: (context, request) => {
      const params = parseParams(updateParams, request.params);
      const account = findOrThrow(context.state.accounts, request.path.id, 'account').object;
      const previous: Record<string, unknown> = {};
      if (params.email !== undefined) {
        previous.email = account.email;
        account.email = params.email;
      }
      if (params.business_profile) {
        previous.business_profile = structuredClone(account.business_profile);
        account.business_profile = businessProfile(account.business_profile ?? null, params.business_profile);
      }
      if (params.metadata !== undefined) {
        previous.metadata = { ...account.metadata };
        account.metadata = mergeMetadata(account.metadata ?? {}, params.metadata);
      }
      context.emit('account.updated', account, previous);
      return account;
    },
  },
  { method: 'POST', pattern: '/v1/account_links', handle: (context, request) => createAccountLink(context, parseParams(linkParams, request.params)) },
];
