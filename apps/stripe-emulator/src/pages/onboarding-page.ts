import type Stripe from 'stripe';
import { html, page } from './html';

/** A short Connect Express onboarding form. */
export function renderOnboarding(account: Stripe.Account, options: { token: string; returnUrl: string; error?: string; legalName?: string }): string {
  const body = html`
<h1>Set up payouts</h1>
<p>Tell us who gets paid for sessions. This is a test: the details are not checked.</p>
${options.error && html`<div class="alert" role="alert" id="form-error">${options.error}</div>`}
<form method="post" action="/connect/onboarding/${options.token}">
<label for="legal-name">Legal name</label>
<input type="text" id="legal-name" name="legal_name" autocomplete="name" value="${options.legalName ?? account.business_profile?.name ?? ''}" required${options.error ? html` aria-invalid="true" aria-describedby="form-error"` : ''}>
<fieldset>
<legend>Business type</legend>
<div class="choice"><input type="radio" id="type-individual" name="business_type" value="individual" checked><label for="type-individual">Individual or sole practitioner</label></div>
<div class="choice"><input type="radio" id="type-company" name="business_type" value="company"><label for="type-company">Company or group practice</label></div>
</fieldset>
<label for="bank">Bank account for payouts</label>
<select id="bank" name="bank"><option value="test">Test bank account ending 6789</option></select>
<button type="submit">Agree and submit</button>
</form>
<p class="back"><a href="${options.returnUrl}">Return without finishing</a></p>`;
  return page({ title: options.error ? 'Error: Set up payouts' : 'Set up payouts', body });
}
