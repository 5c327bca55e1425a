// A context a journey closes is handed to the file's next journey with the same options
// (./support/browser.ts). That journey must find nothing of the last one but the HTTP cache: no
// tab, cookie, stored item (on any origin it visited), route, permission or CSP violation, and
// its own clock.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { launchBrowser } from './support/browser';

let server: Server;
let baseUrl: string;
let scriptLoads = 0;
// A second origin a journey leaves the app for, as checkout leaves it for the Stripe emulator.
let elsewhere: Server;
let elsewhereUrl: string;

const PAGE = `<!doctype html><html lang="en"><head><title>Reuse</title><script src="/app.js"></script></head>
<body><main><h1>Reuse</h1></main></body></html>`;

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/app.js') {
      scriptLoads += 1;
      response.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'public, max-age=3600' });
      response.end('window.loaded = true;');
    } else if (request.url === '/inline') {
      response.writeHead(200, { 'content-type': 'text/html', 'content-security-policy': "script-src 'self'" });
      response.end('<!doctype html><title>Inline</title><script>window.ran = true;</script>');
    } else if (request.url === '/') {
      response.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-cache' });
      response.end(PAGE);
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not here');
    }
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  elsewhere = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end('<!doctype html><title>Elsewhere</title>');
  });
  await new Promise<void>((listening) => elsewhere.listen(0, '127.0.0.1', listening));
  elsewhereUrl = `http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((closed) => server.close(() => closed()));
  await new Promise<void>((closed) => elsewhere.close(() => closed()));
});

const FIRST_NOW = new Date('2026-03-02T12:00:00.000Z');
const SECOND_NOW = new Date('2026-07-15T09:30:00.000Z');

it('hands a closed context to the next journey with the same options, empty but for its cache', async () => {
  const first = await launchBrowser({ baseUrl, now: FIRST_NOW, timezoneId: 'America/New_York' });
  const page = await first.newPage();
  await page.goto('/');
  expect(scriptLoads).toBe(1);
  await page.evaluate(() => {
    localStorage.setItem('kept', 'yes');
    sessionStorage.setItem('tab', 'yes');
    return new Promise((opened) => (indexedDB.open('journey').onsuccess = opened));
  });
  const away = await first.newPage();
  await away.goto(elsewhereUrl);
  await away.evaluate(() => localStorage.setItem('away', 'yes'));
  await first.context.addCookies([{ name: 'session', value: 'first', url: baseUrl }]);
  await first.context.grantPermissions(['geolocation'], { origin: baseUrl });
  await first.context.route('**/routed', (route) => route.fulfill({ body: 'from the first journey' }));
  await first.context.clock.fastForward('48:00:00');
  await first.close();

  const second = await launchBrowser({ baseUrl, now: SECOND_NOW, timezoneId: 'America/New_York' });
  try {
    expect(second.context).toBe(first.context);
    expect(second.context.pages()).toHaveLength(0);
    const tab = await second.newPage();
    await tab.goto('/');
    // The script came from the cache the context kept.
    expect(scriptLoads).toBe(1);
    expect(await tab.evaluate(() => (window as unknown as { loaded?: boolean }).loaded)).toBe(true);
    expect(await second.context.cookies()).toEqual([]);
    const state = await tab.evaluate(async () => ({
      kept: localStorage.getItem('kept'),
      tab: sessionStorage.getItem('tab'),
      databases: (await indexedDB.databases()).map((database) => database.name),
      geolocation: (await navigator.permissions.query({ name: 'geolocation' })).state,
      routed: await (await fetch('/routed')).text(),
      now: Date.now(),
    }));
    expect(state).toEqual({ kept: null, tab: null, databases: [], geolocation: 'prompt', routed: 'not here', now: expect.any(Number) });
    await tab.goto(elsewhereUrl);
    expect(await tab.evaluate(() => localStorage.getItem('away'))).toBeNull();
    // Its clock starts at this journey's instant, not where the first journey left its own.
    expect(state.now - SECOND_NOW.getTime()).toBeGreaterThanOrEqual(0);
    expect(state.now - SECOND_NOW.getTime()).toBeLessThan(60_000);
  } finally {
    await second.close();
  }
});

it('keeps a context for its own options only, and starts each journey with no CSP violation', async () => {
  const phone = await launchBrowser({ baseUrl, viewport: { width: 360, height: 740 } });
  const desktop = await launchBrowser({ baseUrl });
  try {
    expect(phone.context).not.toBe(desktop.context);
    const tab = await phone.newPage();
    await tab.goto('/inline');
  } finally {
    await desktop.close();
  }
  // The violation fails the journey that saw it…
  await expect(phone.close()).rejects.toThrow(/script-src/);

  // …and not the next one to get its context.
  const again = await launchBrowser({ baseUrl, viewport: { width: 360, height: 740 } });
  expect(again.context).toBe(phone.context);
  const tab = await again.newPage();
  await tab.goto('/');
  await expect(again.close()).resolves.toBeUndefined();
});
