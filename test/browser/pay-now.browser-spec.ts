// The pay-now page of a far session whose saved card was declined
// (PAYMENT_DUE): reached from My bookings, axe-clean on a desktop and a 360 px
// phone, and its button opens a fresh Stripe Checkout (the emulator here).
import { FarSessionsService } from '../../apps/api/src/payments/far-sessions/far-sessions.service';
import { createAdmin, signUpAs, type TestAccount } from '../support/accounts';
import { createBookableTherapist, holdSlot } from '../support/bookings';
import { RunningClock } from '../support/fixed-clock';
import { startTestApp, type TestApp } from '../support/test-app';
import { expectNoSeriousA11yViolations, type TestBrowser } from './support/browser';
import { expectNoHorizontalScroll, logIn, openPage } from './support/pages';

const PHONE = { width: 360, height: 740 };
// Monday 2026-03-02, 07:00 in New York; the session is ten days out (a far session).
const clock = new RunningClock('2026-03-02T12:00:00Z');
const FAR_START = '2026-03-12T14:00:00.000Z';

let app: TestApp;
let admin: TestAccount;
const browsers: TestBrowser[] = [];

beforeAll(async () => {
  app = await startTestApp({ clock });
  admin = await createAdmin(app);
});
// A journey's browsers close when it ends, so the next journey can take their contexts
// (./support/browser.ts keeps a closed context, emptied, for the file's next journey).
afterEach(async () => {
  await Promise.all(browsers.splice(0).map((browser) => browser.close()));
});

afterAll(() => app?.close());

const freshPage = (viewport?: { width: number; height: number }) => openPage({ baseUrl: app.baseUrl, now: clock.now(), browsers, viewport });

it('leads a client whose saved card was declined from My bookings to the pay-now page and on to checkout', async () => {
  const therapist = await createBookableTherapist(app, admin, { sessionType: { name: 'Therapy', kind: 'INDIVIDUAL', priceMinor: 15000 } });
  const client = await signUpAs(app, 'CLIENT');
  const held = (await holdSlot(app, client, therapist, FAR_START)).data!.holdSlot;
  await app.stripe.control.completeCheckoutSession(held.checkoutUrl.split('/').pop(), { paymentMethod: 'pm_card_chargeCustomerFail' });
  const far = app.app.get(FarSessionsService);
  // The webhook or the return page saves the card; then the charge job runs (here, now) and is declined.
  for (let i = 0; i < 200; i++) {
    const [row] = await app.em().getConnection().execute(`select payment_status from bookings where id = ?`, [held.id]);
    if (row.payment_status === 'CARD_SAVED') break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await far.chargeFarSession({ bookingId: held.id, startsAt: FAR_START });
  const [after] = await app.em().getConnection().execute(`select payment_status from bookings where id = ?`, [held.id]);
  expect(after.payment_status).toBe('PAYMENT_DUE');

  for (const viewport of [undefined, PHONE]) {
    const page = await freshPage(viewport);
    await logIn(page, client.email);
    await page.goto('/bookings');
    await page.getByText('Payment due').waitFor();
    await page.getByRole('link', { name: 'Pay now to keep this session' }).click();
    await page.waitForURL(`**/bookings/${held.id}/pay`);
    await page.getByText('Your saved card could not be charged').waitFor();
    const button = page.getByRole('button', { name: 'Pay $150 now' });
    await button.waitFor();
    await expectNoSeriousA11yViolations(page, `pay now ${viewport ? '360 px' : 'desktop'}`);
    await expectNoHorizontalScroll(page);
    await button.click();
    await page.waitForURL(new RegExp(`^${app.stripe.url}/checkout/`));
  }
});
