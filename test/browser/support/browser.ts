// Helpers every browser journey uses: a real, headless system Chromium and an
// accessibility check. Tests drive pages with role- and label-based locators.
import { readFileSync } from 'node:fs';
import type * as Axe from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Frame, type Locator, type Page } from 'playwright-core';

export interface TestBrowser {
  /** For clock, route and cookie calls; open tabs with `newPage`, which empties a reused context's storage first. */
  context: BrowserContext;
  /** A new tab; relative URLs in `page.goto` resolve against `baseUrl`. */
  newPage(): Promise<Page>;
  /**
   * Ends the journey: its tabs close and the context is emptied and kept for the file's next
   * journey with the same options (see `launchBrowser`); after the file's journeys it closes, and
   * the last context closed closes Chromium (which deletes its profile directory).
   */
  close(): Promise<void>;
}

export interface LaunchBrowserOptions {
  /** Origin of the app under test, e.g. `testApp.baseUrl`. */
  baseUrl?: string;
  /** Defaults to a 1280×800 desktop; pass e.g. `{ width: 390, height: 844 }` for a phone. */
  viewport?: { width: number; height: number };
  /** How long actions and waits may take before failing, in ms. Kept under Jest's test timeout. */
  timeoutMs?: number;
  /** The browser's own IANA time zone (what the page sees as "local"); defaults to the host's. */
  timezoneId?: string;
  /**
   * Pins the page's clock: `Date` starts at this instant and then runs forward in real time.
   * Pass the same instant as the app's `RunningClock` so page and server agree on "today".
   */
  now?: Date;
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The Chromium this test file's contexts share: launched with the first context, closed with the
 * last. A launch cost about 1.4 s of CPU (browser, zygote, GPU and network processes), where a
 * context in a running browser costs about 0.4 s, and journeys open a dozen or more.
 */
let shared: { browser: Promise<Browser>; contexts: number } | null = null;

function acquireBrowser(): Promise<Browser> {
  if (shared === null) {
    // Playwright starts it with a fresh --user-data-dir of its own, deleted when it closes.
    const browser = chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
    shared = { browser, contexts: 0 };
  }
  shared.contexts += 1;
  return shared.browser;
}

async function releaseBrowser(): Promise<void> {
  if (shared === null) return;
  shared.contexts -= 1;
  if (shared.contexts > 0) return;
  const { browser } = shared;
  shared = null;
  try {
    await (await browser).close();
  } catch {
    // It never started: the launch's own error is what each caller saw (and released for).
  }
}

const DEFAULT_VIEWPORT = { width: 1280, height: 800 };

/**
 * Contexts a journey of this file has closed, kept for the next journey that asks for the same
 * origin, viewport, zone and clock. A new context starts with an empty HTTP cache, so its first
 * page compiles the app's scripts and styles again: that first load cost the browser about 2.2 s
 * of CPU where a load with the scripts cached cost 0.9 s, and journeys open a dozen or more
 * contexts a file. A kept context is handed out only after it has been emptied of every page,
 * cookie, permission, route and stored item, so it is as fresh as a new one but for its cache.
 */
const released = new Map<string, BrowserContext[]>();
/** Set once the file's journeys are over: closed contexts are then closed, not kept. */
let draining = false;

function reuseKey(options: LaunchBrowserOptions): string {
  return JSON.stringify([options.baseUrl ?? null, options.viewport ?? DEFAULT_VIEWPORT, options.timezoneId ?? null, options.now !== undefined]);
}

/** Empties a context a journey has closed, for the next journey to start from nothing. */
async function emptyContext(context: BrowserContext): Promise<void> {
  // Every tab closes, sessionStorage with it; a tab the app opened closes too.
  await Promise.all(context.pages().map((page) => page.close()));
  await context.unrouteAll({ behavior: 'ignoreErrors' });
  await context.clearCookies();
  await context.clearPermissions();
}

/** Every origin a context's tabs have loaded a document from since it was last emptied. */
const visitedOrigins = new WeakMap<BrowserContext, Set<string>>();

function recordVisitedOrigins(context: BrowserContext): void {
  const origins = new Set<string>();
  visitedOrigins.set(context, origins);
  context.on('page', (page) =>
    page.on('framenavigated', (frame) => {
      const { origin } = new URL(frame.url());
      if (origin !== 'null') origins.add(origin);
    }),
  );
}

/**
 * Clears what pages stored outside cookies and tabs (localStorage, IndexedDB, Cache Storage,
 * service workers) for every origin the context's tabs have visited (the app's, and e.g. the
 * Stripe emulator's checkout), through the DevTools protocol from a new blank tab of the context.
 * The HTTP cache is kept: it is why the context is reused.
 */
async function clearVisitedStorage(page: Page): Promise<void> {
  const origins = visitedOrigins.get(page.context())!;
  const session = await page.context().newCDPSession(page);
  try {
    for (const origin of origins) {
      await session.send('Storage.clearDataForOrigin', { origin, storageTypes: 'local_storage,indexeddb,cache_storage,service_workers,file_systems' });
    }
    origins.clear();
  } finally {
    await session.detach();
  }
}

/**
 * Closes the contexts kept for reuse, and with the last of them the file's Chromium. Runs after
 * each browser file's journeys (./close-kept-contexts.ts); a context closed after it is closed,
 * not kept. Every kept context is closed and released even if closing one fails.
 */
export async function closeKeptContexts(): Promise<void> {
  draining = true;
  const kept = [...released.values()].flat();
  released.clear();
  const closing = await Promise.allSettled(kept.map((context) => context.close().finally(() => releaseBrowser())));
  const failed = closing.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
  if (failed) throw failed.reason;
}

/**
 * A browser context with no cookie, storage, permission or route from any other journey, in the
 * system Chromium (`CHROMIUM_PATH`, default /usr/bin/chromium), headless. The contexts of one
 * test file share the Chromium process, and a context a journey closed is emptied and handed to
 * the next journey with the same options, keeping only its HTTP cache (see `released`).
 */
export async function launchBrowser(options: LaunchBrowserOptions = {}): Promise<TestBrowser> {
  const key = reuseKey(options);
  let context = released.get(key)?.pop();
  const reused = context !== undefined;
  if (!context) {
    try {
      const browser = await acquireBrowser();
      context = await browser.newContext({
        baseURL: options.baseUrl,
        viewport: options.viewport ?? DEFAULT_VIEWPORT,
        locale: 'en-US',
        timezoneId: options.timezoneId,
      });
    } catch (error) {
      await releaseBrowser();
      throw error;
    }
    await recordCspViolations(context);
    recordVisitedOrigins(context);
  }
  const leased: BrowserContext = context;
  leased.setDefaultTimeout(options.timeoutMs ?? 10_000);
  // A kept context's clock is set again: new pages replay the context's clock log, and the last
  // entry sets the time absolutely, so they start at `now` as a new context's pages would.
  if (options.now) await (reused ? leased.clock.setSystemTime(options.now) : leased.clock.install({ time: options.now }));
  const violations = cspViolationsByContext.get(leased)!;
  violations.length = 0;
  let storageCleared = !reused;

  let closed = false;
  return {
    context: leased,
    newPage: async () => {
      const page = await leased.newPage();
      if (!storageCleared) {
        await clearVisitedStorage(page);
        storageCleared = true;
      }
      return page;
    },
    close: async () => {
      // Once: a second close must not release the shared Chromium from under other contexts.
      if (closed) return;
      closed = true;
      // Violations after a journey's last check still fail it.
      const found = [...violations];
      let kept = false;
      try {
        if (!draining) {
          await emptyContext(leased);
          const list = released.get(key) ?? [];
          list.push(leased);
          released.set(key, list);
          kept = true;
        }
      } finally {
        if (!kept) {
          try {
            await leased.close();
          } finally {
            await releaseBrowser();
          }
        }
      }
      if (found.length) throw new Error(cspReport(found));
    },
  };
}

const cspViolationsByContext = new WeakMap<BrowserContext, string[]>();

/**
 * Every page of the context reports Content-Security-Policy violations, both the
 * `securitypolicyviolation` DOM event and Chromium's console error. The listener
 * is injected through the DevTools protocol, which the page's CSP does not govern.
 */
async function recordCspViolations(context: BrowserContext): Promise<void> {
  const violations: string[] = [];
  cspViolationsByContext.set(context, violations);
  await context.exposeBinding('__rapportReportCspViolation', (_source, text: string) => {
    violations.push(text);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __rapportReportCspViolation(text: string): void }).__rapportReportCspViolation;
      report(`${event.effectiveDirective} blocked ${event.blockedURI || 'an inline resource'} at ${event.sourceFile || document.location.href}:${event.lineNumber}`);
    });
  });
  context.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
}

function cspReport(violations: readonly string[]): string {
  return `${violations.length} Content-Security-Policy violation(s):\n${violations.map((violation) => `  - ${violation}`).join('\n')}`;
}

/** Fails with the list of CSP violations any page of this browser has reported so far. */
export function expectNoCspViolations(page: Page): void {
  const violations = cspViolationsByContext.get(page.context()) ?? [];
  if (violations.length) throw new Error(cspReport(violations));
}

const SERIOUS_IMPACTS = new Set(['serious', 'critical']);

/** axe-core's minified build, read once a file: what each document the checks reach is given, once. */
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
/** Only violations are read, so only they are gathered (see axeViolations). */
const AXE_OPTIONS: Axe.RunOptions = { resultTypes: ['violations'] };

type AxeWindow = { axe?: typeof Axe };

/**
 * Puts axe-core into a frame's document unless it is there already: a journey's app is a single
 * page, so its later checks find the one the first put there. axe reads the document afresh on
 * every run, and by default talks only to frames of its own origin. @axe-core/playwright's builder,
 * used until 6 December 2026, evaluated axe-core's unminified source (1.3 MB) twice a check in every
 * frame: on a 2-vCPU VM that cost about as much as axe's own runs (the profile editor's 19 checks:
 * 26.0 s around them, 12.8 s in axe.run), and `profile-verification` took 75.7 s where it takes
 * 59.1 s this way (bookings 63.7 → 53.5 s).
 */
async function injectAxe(frame: Frame): Promise<void> {
  if (await frame.evaluate(() => 'axe' in window)) return;
  await frame.evaluate(AXE_SOURCE);
}

/**
 * axe-core run in the page itself over its document, with every frame given axe first (so a
 * same-origin frame is checked too). Rapport's pages have no cross-origin frames, the one case
 * this cannot check. Only violations come back: axe otherwise builds a selector and an HTML
 * snippet for every node of every rule that passed (1.1 MB of JSON a check for the profile editor).
 */
async function axeViolations(page: Page): Promise<Axe.Result[]> {
  for (const frame of page.frames()) await injectAxe(frame);
  return page.evaluate((options) => (window as unknown as AxeWindow).axe!.run(document, options).then((results) => results.violations), AXE_OPTIONS);
}

/**
 * Waits (at most 3 s) for the page's finite CSS transitions and animations to end: axe
 * measures colours as drawn, so a dialog still fading in reads as low contrast.
 */
async function finishTransitions(page: Page): Promise<void> {
  await page.evaluate(() => {
    const finite = document.getAnimations().filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity);
    return Promise.race([Promise.all(finite.map((animation) => animation.finished.catch(() => undefined))), new Promise((resolve) => setTimeout(resolve, 3_000))]);
  });
}

/**
 * Fails on any CSP violation so far (see expectNoCspViolations), then runs axe-core on
 * the page as it is now and fails with a readable list (rule, impact,
 * offending elements) if any violation is `serious` or `critical`. Minor and moderate
 * findings are not failures. `label` names the page in the message, e.g. "sign-up page".
 */
export async function expectNoSeriousA11yViolations(page: Page, label = page.url()): Promise<void> {
  // Every page a journey checks is also checked against the Content-Security-Policy.
  expectNoCspViolations(page);
  await finishTransitions(page);
  const results = await axeViolations(page);
  const serious = results.filter((violation) => SERIOUS_IMPACTS.has(violation.impact ?? ''));
  if (serious.length === 0) return;

  const report = serious
    .map((violation) => {
      const targets = violation.nodes.map((node) => `      ${node.target.join(' ')}`).join('\n');
      return `  - ${violation.id} (${violation.impact}): ${violation.help}\n    ${violation.helpUrl}\n${targets}`;
    })
    .join('\n');
  throw new Error(`${serious.length} serious accessibility violation(s) on ${label}:\n${report}`);
}

/**
 * Whether the element gets the keyboard focus (or, with `within`, anything inside it does),
 * allowing the page up to `timeoutMs` to move it there: apps move focus after a render,
 * which a loaded machine delays.
 */
export async function gainsFocus(locator: Locator, { timeoutMs = 5_000, within = false }: { timeoutMs?: number; within?: boolean } = {}): Promise<boolean> {
  return locator.evaluate(
    (element, { limit, inside }) =>
      new Promise<boolean>((settle) => {
        const started = performance.now();
        const focused = () => (inside ? element.contains(document.activeElement) : element === document.activeElement);
        const check = () => (focused() ? settle(true) : performance.now() - started > limit ? settle(false) : requestAnimationFrame(check));
        check();
      }),
    { limit: timeoutMs, inside: within },
  );
}

/**
 * The text of whatever has keyboard focus once it contains `expected`, or, if focus never gets
 * there within `timeoutMs`, the text it has then (so a failed assertion shows where focus went).
 */
export async function focusedTextOnceItHas(page: Page, expected: string, timeoutMs = 5_000): Promise<string> {
  return page.evaluate(
    ({ wanted, limit }) =>
      new Promise<string>((settle) => {
        const started = performance.now();
        const check = () => {
          const text = (document.activeElement as HTMLElement | null)?.innerText ?? '';
          if (text.includes(wanted) || performance.now() - started > limit) settle(text);
          else requestAnimationFrame(check);
        };
        check();
      }),
    { wanted: expected, limit: timeoutMs },
  );
}

/**
 * Picks `option` in a combobox the way a keyboard user does: focus it, type `search` if
 * given, arrow down until the option is the active one, press Enter. A pointer click on the
 * listed option depended on where the dropdown was at that instant: on a loaded CI machine
 * Playwright scrolled the option into view, the field went out of the viewport, and Mantine
 * hid the dropdown of a field no longer in view before the click landed. The keyboard path
 * needs no geometry, and it is one every picker must support.
 */
export async function chooseOption(combobox: Locator, option: string, { search }: { search?: string } = {}): Promise<void> {
  const page = combobox.page();
  await combobox.click();
  if (search !== undefined) await combobox.fill(search);
  const wanted = page.getByRole('option', { name: option, exact: true });
  await wanted.waitFor({ state: 'attached' });
  const wantedId = await wanted.getAttribute('id');
  const listed = await page.getByRole('option').count();
  // Typing resets the active option, so the first press makes one active; the list wraps.
  for (let presses = 0; presses <= listed; presses += 1) {
    await combobox.press('ArrowDown');
    if ((await combobox.getAttribute('aria-activedescendant')) === wantedId) {
      await combobox.press('Enter');
      return;
    }
  }
  throw new Error(`“${option}” never became the active option of ${combobox} after ${listed + 1} presses of ArrowDown`);
}

/** Picks one option of the combobox labelled `label` (by exact name) and closes its list. */
export async function chooseFromList(page: Page, label: string, search: string, option: string): Promise<void> {
  await chooseOption(page.getByRole('combobox', { name: label, exact: true }), option, { search });
  await page.keyboard.press('Escape');
}
