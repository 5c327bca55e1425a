import type Stripe from 'stripe';
import type { CheckoutSessionRow } from '../state/state';
import { TEST_CARDS, type TestCardId } from '../resources/test-cards';
import { formatAmount, html, page, type Html } from './html';

const CARD_IDS = Object.keys(TEST_CARDS) as TestCardId[];

function amountText(session: Stripe.Checkout.Session): string {
  return formatAmount(session.amount_total ?? 0, session.currency ?? 'usd');
}

function backLink(session: Stripe.Checkout.Session): Html | false {
  return Boolean(session.cancel_url) && html`<p class="back"><a href="${session.cancel_url!}">Cancel and go back</a></p>`;
}

/** The look-alike Checkout page: what is bought, the test cards by plain name, and Pay. */
export function renderCheckout(row: CheckoutSessionRow, options: { error?: string; selected?: string; email?: string } = {}): string {
  const session = row.object;
  const setup = session.mode === 'setup';
  const selected = options.selected && Object.hasOwn(TEST_CARDS, options.selected) ? options.selected : 'pm_card_visa';
  const email = options.email ?? session.customer_details?.email ?? session.customer_email ?? '';
  const action = setup ? 'Save card' : `Pay ${amountText(session)}`;
  const body = html`
<h1>${setup ? 'Save a card for later payments' : 'Pay for your session'}</h1>
${!setup && html`<p class="amount">${amountText(session)}</p>
<ul class="items">${row.lineItems.map(
    (item) => html`<li><span>${item.name}${item.quantity > 1 ? ` × ${item.quantity}` : ''}</span><span>${formatAmount(item.unitAmount * item.quantity, session.currency ?? 'usd')}</span></li>`,
  )}</ul>`}
${setup && html`<p class="note">Your card is saved now and charged later, before your session.</p>`}
${options.error && html`<div class="alert" role="alert" id="payment-error"><strong>Payment not completed.</strong> ${options.error} Your card was not charged; choose another card and try again.</div>`}
<form method="post" action="/checkout/${session.id}/pay">
<label for="email">Email</label>
<input type="email" id="email" name="email" autocomplete="email" value="${email}" required>
<fieldset${options.error ? html` aria-describedby="payment-error"` : ''}>
<legend>Test card</legend>
${CARD_IDS.map(
    (id) => html`<div class="choice"><input type="radio" id="card-${id}" name="payment_method" value="${id}"${id === selected ? html` checked` : ''}><label for="card-${id}">${TEST_CARDS[id].label}</label></div>`,
  )}
</fieldset>
<button type="submit">${action}</button>
</form>
${backLink(session)}`;
  return page({ title: options.error ? `Error: ${action}` : action, body });
}

/** The bank's 3-D Secure step, played by the tester. */
export function renderAuthorize(options: { amount: string | null; action: string; backHref?: string | null }): string {
  const body = html`
<h1>Authorize test payment</h1>
<p>Your bank asks you to confirm ${options.amount ? html`this <strong>${options.amount}</strong> payment` : 'saving this card'}. In this test, choose what the cardholder does.</p>
<form method="post" action="${options.action}"><input type="hidden" name="decision" value="approve"><button type="submit">Authorize test payment</button></form>
<form method="post" action="${options.action}"><input type="hidden" name="decision" value="fail"><button type="submit" class="secondary">Fail authentication</button></form>
${options.backHref && html`<p class="back"><a href="${options.backHref}">Cancel and go back</a></p>`}`;
  return page({ title: 'Authorize test payment', body });
}

export function renderClosedCheckout(session: Stripe.Checkout.Session): string {
  if (session.status === 'complete') {
    const next = (session.success_url ?? '').replace(/\{CHECKOUT_SESSION_ID\}/g, session.id);
    return page({
      title: 'Already paid',
      body: html`<h1>This checkout is already complete</h1><p>Nothing more to pay.</p>${next && html`<p class="back"><a href="${next}">Continue</a></p>`}`,
    });
  }
  return page({
    title: 'Checkout expired',
    body: html`<h1>This checkout has expired</h1><p>The time to pay ran out and nothing was charged. Go back and start again to get a new checkout.</p>${backLink(session)}`,
  });
}

export function renderNotFound(what: string): string {
  return page({ title: 'Not found', body: html`<h1>${what} not found</h1><p>The link may be wrong, or the emulator was reset.</p>` });
}
