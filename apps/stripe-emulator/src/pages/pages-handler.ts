import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Emulator } from '../emulator';
import { decode, parseForm } from '../http/form';
import { readBody, redirect } from '../http/io';
import { completeOnboarding } from '../resources/accounts';
import { authorizeCheckout, awaitingAuthentication, submitCheckout, type CheckoutOutcome } from '../resources/checkout-completion';
import { completeAuthentication } from '../resources/payment-intent-flow';
import { isTestCardId } from '../resources/test-cards';
import type { Context } from '../state/context';
import type { CheckoutSessionRow } from '../state/state';
import { renderAuthorize, renderCheckout, renderClosedCheckout, renderNotFound } from './checkout-page';
import { formatAmount, html, page, STYLESHEET } from './html';
import { renderOnboarding } from './onboarding-page';

type PageResult = { status: number; html: string } | { redirect: string };

// No script may run on these pages; styles come only from the one stylesheet.
const SECURITY_HEADERS = {
  'Content-Security-Policy': "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

/** The hosted pages: Checkout, the authentication step, Connect onboarding. */
export async function handlePageRequest(emulator: Emulator, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://emulator');
  const [section, id, action] = url.pathname.split('/').filter(Boolean).map(decode);
  const method = request.method ?? 'GET';
  if (url.pathname === '/_static/emulator.css') {
    response.writeHead(200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'max-age=300' });
    response.end(STYLESHEET);
    return;
  }
  const form = method === 'POST' ? parseForm(await readBody(request)) : {};
  const field = (name: string) => (typeof form[name] === 'string' ? (form[name] as string).trim() : '');

  let result: PageResult;
  if (section === 'checkout' && id && method === 'GET' && !action) result = await emulator.mutate(null, (context) => showCheckout(context, id));
  else if (section === 'checkout' && id && method === 'POST' && action === 'pay') {
    result = await emulator.mutate(null, (context) => payCheckout(context, id, field('payment_method'), field('email')));
  } else if (section === 'checkout' && id && method === 'POST' && action === 'authenticate') {
    result = await emulator.mutate(null, (context) => withOpenSession(context, id, (row) => outcomePage(row, authorizeCheckout(context, row, field('decision') === 'approve'))));
  } else if (section === 'authenticate' && id && !action) {
    result = await emulator.mutate(null, (context) => authenticatePaymentIntent(context, id, method === 'POST' ? field('decision') : undefined));
  } else if (section === 'connect' && id === 'onboarding' && action) {
    result = await emulator.mutate(null, (context) => onboarding(context, action, method === 'POST' ? { legalName: field('legal_name'), businessType: field('business_type') } : undefined));
  } else {
    result = { status: 404, html: renderNotFound('Page') };
  }
  if ('redirect' in result) return redirect(response, result.redirect);
  response.writeHead(result.status, { 'Content-Type': 'text/html; charset=utf-8', ...SECURITY_HEADERS });
  response.end(result.html);
}

function withOpenSession(context: Context, id: string, work: (row: CheckoutSessionRow) => PageResult): PageResult {
  const row = Object.hasOwn(context.state.checkoutSessions, id) ? context.state.checkoutSessions[id] : undefined;
  if (!row) return { status: 404, html: renderNotFound('Checkout') };
  if (row.object.status !== 'open') return { status: row.object.status === 'expired' ? 410 : 200, html: renderClosedCheckout(row.object) };
  return work(row);
}

function showCheckout(context: Context, id: string): PageResult {
  return withOpenSession(context, id, (row) => {
    if (!awaitingAuthentication(context, row)) return { status: 200, html: renderCheckout(row) };
    const amount = row.object.mode === 'payment' ? formatAmount(row.object.amount_total ?? 0, row.object.currency ?? 'usd') : null;
    return { status: 200, html: renderAuthorize({ amount, action: `/checkout/${id}/authenticate`, backHref: row.object.cancel_url }) };
  });
}

function payCheckout(context: Context, id: string, paymentMethod: string, email: string): PageResult {
  return withOpenSession(context, id, (row) => {
    if (!isTestCardId(paymentMethod)) return { status: 400, html: renderCheckout(row, { error: 'Choose one of the test cards.', email }) };
    const outcome = submitCheckout(context, row, { paymentMethod, email: email || undefined });
    return outcomePage(row, outcome, paymentMethod);
  });
}

function outcomePage(row: CheckoutSessionRow, outcome: CheckoutOutcome, selected?: string): PageResult {
  if (outcome.kind === 'complete') return { redirect: outcome.redirectUrl };
  // After a POST, the authorization step is a page of its own (refreshing it is safe).
  if (outcome.kind === 'requires_action') return { redirect: `/checkout/${row.object.id}` };
  return { status: 402, html: renderCheckout(row, { error: outcome.message, selected }) };
}

function authenticatePaymentIntent(context: Context, id: string, decision: string | undefined): PageResult {
  const row = Object.hasOwn(context.state.paymentIntents, id) ? context.state.paymentIntents[id] : undefined;
  if (!row) return { status: 404, html: renderNotFound('Payment') };
  const paymentIntent = row.object;
  if (paymentIntent.status !== 'requires_action') {
    return { status: 200, html: page({ title: 'Nothing to authorize', body: html`<h1>Nothing to authorize</h1><p>This payment is ${paymentIntent.status.replace(/_/g, ' ')}.</p>` }) };
  }
  if (decision === undefined) {
    return { status: 200, html: renderAuthorize({ amount: formatAmount(paymentIntent.amount, paymentIntent.currency), action: `/authenticate/${id}` }) };
  }
  completeAuthentication(context, row, decision === 'approve');
  if (row.returnUrl) {
    const next = new URL(row.returnUrl);
    next.searchParams.set('payment_intent', paymentIntent.id);
    next.searchParams.set('payment_intent_client_secret', paymentIntent.client_secret ?? '');
    next.searchParams.set('redirect_status', paymentIntent.status === 'requires_payment_method' ? 'failed' : 'succeeded');
    return { redirect: next.toString() };
  }
  const done = paymentIntent.status !== 'requires_payment_method';
  return { status: 200, html: page({ title: done ? 'Payment authorized' : 'Authentication failed', body: html`<h1>${done ? 'Payment authorized' : 'Authentication failed'}</h1><p>You can close this page.</p>` }) };
}

function onboarding(context: Context, token: string, submitted: { legalName: string; businessType: string } | undefined): PageResult {
  const link = Object.hasOwn(context.state.accountLinks, token) ? context.state.accountLinks[token] : undefined;
  if (!link) return { status: 404, html: renderNotFound('Onboarding link') };
  // Account links are single-use and short-lived; Stripe sends a stale one to refresh_url.
  if (link.used || context.now >= link.expiresAt) return { redirect: link.refreshUrl };
  const account = context.state.accounts[link.account].object;
  if (!submitted) return { status: 200, html: renderOnboarding(account, { token, returnUrl: link.returnUrl }) };
  if (!submitted.legalName) {
    return { status: 400, html: renderOnboarding(account, { token, returnUrl: link.returnUrl, error: 'Enter the legal name payouts are made to.' }) };
  }
  completeOnboarding(context, link.account, { legalName: submitted.legalName, businessType: submitted.businessType === 'company' ? 'company' : 'individual' });
  link.used = true;
  return { redirect: link.returnUrl };
}
