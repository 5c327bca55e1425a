// Issue 11 point 4: a time chosen on a match card opens the profile on that week with
// that time selected (the link carries ?time=<instant>, the picker's own address state), at 1280 and 360 px, axe-clean.
import { createAdmin } from '../support/accounts';
import { createBookableTherapist, type BookableTherapist } from '../support/bookings';
import { RunningClock } from '../support/fixed-clock';
import { startTestApp, type TestApp } from '../support/test-app';
import { expectNoSeriousA11yViolations, launchBrowser, type TestBrowser } from './support/browser';

const NOW = '2026-03-02T12:00:00.000Z'; // Monday 07:00 in New York
const NEXT_TUESDAY_1000 = '2026-03-10T14:00:00.000Z'; // 10:00 EDT, the week after next clocks change
const VIEWPORTS = [
  ['desktop', { width: 1280, height: 800 }],
  ['phone', { width: 360, height: 740 }],
] as const;

describe('a time link opens the profile with that time selected', () => {
  const clock = new RunningClock(NOW);
  let app: TestApp;
  let therapist: BookableTherapist;
  beforeAll(async () => {
    app = await startTestApp({ clock });
    therapist = await createBookableTherapist(app, await createAdmin(app));
  });
  afterAll(() => app?.close());

  it.each(VIEWPORTS)('opens next week with Tuesday 10:00 selected (%s)', async (name, viewport) => {
    const browser: TestBrowser = await launchBrowser({ baseUrl: app.baseUrl, viewport, timezoneId: 'America/New_York', now: new Date(NOW) });
    try {
      const page = await browser.newPage();
      await page.goto(`/therapists/${therapist.profileId}?time=${encodeURIComponent(NEXT_TUESDAY_1000)}&type=${therapist.sessionTypeId}`);
      const picker = page.getByRole('region', { name: 'Book a session' });
      await picker.getByText(/Selected: .*10:00\sAM \(your time\)/).waitFor();
      const selected = picker.getByRole('button', { pressed: true });
      expect(await selected.count()).toBe(1);
      expect(await selected.getAttribute('aria-label')).toMatch(/Tuesday.* 10:00/);
      await expectNoSeriousA11yViolations(page, `profile opened on a linked time (${name})`);
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);

      // Without the link, the picker starts on this week with nothing selected.
      await page.goto(`/therapists/${therapist.profileId}`);
      await picker.getByRole('button', { name: 'Next week', exact: true }).waitFor();
      expect(await picker.getByText(/Selected:/).count()).toBe(0);
    } finally {
      await browser.close();
    }
  });
});
