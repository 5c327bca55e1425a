// The accessibility check every journey runs must fail on what it is there to catch: it reads
// violations only (see expectNoSeriousA11yViolations), so a page with serious ones must throw
// and name them, and the same page fixed must pass.
import { expectNoSeriousA11yViolations, launchBrowser, type TestBrowser } from './support/browser';

let browser: TestBrowser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const page = (body: string) => `<!doctype html><html lang="en"><head><title>Check</title></head><body><main><h1>Check</h1>${body}</main></body></html>`;

it('fails on serious violations, naming each rule and element', async () => {
  const tab = await browser.newPage();
  await tab.setContent(
    page(`<button id="unnamed"><svg width="10" height="10"></svg></button>
      <p id="faint" style="color:#bbb;background:#fff">Faint text</p>
      <input id="unlabelled" type="text">`),
  );
  const failure = await expectNoSeriousA11yViolations(tab, 'a broken page').then(() => null, (error: Error) => error.message);
  expect(failure).toContain('on a broken page');
  expect(failure).toContain('button-name (critical)');
  expect(failure).toContain('color-contrast (serious)');
  expect(failure).toContain('label (critical)');
  expect(failure).toContain('#unnamed');
  expect(failure).toContain('#faint');
  expect(failure).toContain('#unlabelled');
});

it('passes the same page fixed', async () => {
  const tab = await browser.newPage();
  await tab.setContent(
    page(`<button id="unnamed" aria-label="Close"><svg width="10" height="10" aria-hidden="true"></svg></button>
      <p id="faint" style="color:#333;background:#fff">Faint text</p>
      <label for="unlabelled">Name</label><input id="unlabelled" type="text">`),
  );
  await expect(expectNoSeriousA11yViolations(tab, 'the fixed page')).resolves.toBeUndefined();
});

it('reads the page as it is at each check, not as it was at the first', async () => {
  // axe-core stays in a document once a check has put it there (a journey's app is a single page):
  // a violation added after a passing check must still fail the next one.
  const tab = await browser.newPage();
  await tab.setContent(page(`<label for="name">Name</label><input id="name" type="text">`));
  await expect(expectNoSeriousA11yViolations(tab, 'the form')).resolves.toBeUndefined();
  await tab.evaluate(() => document.querySelector('main')!.insertAdjacentHTML('beforeend', '<input id="added" type="text">'));
  const failure = await expectNoSeriousA11yViolations(tab, 'the form with a field added').then(() => null, (error: Error) => error.message);
  expect(failure).toContain('label (critical)');
  expect(failure).toContain('#added');
});
