// After a browser file's journeys, the contexts kept for reuse close, and with them its Chromium
// (./browser.ts). Registered before the file's own hooks; a context the file closes later is
// closed rather than kept.
import { closeKeptContexts } from './browser';

afterAll(() => closeKeptContexts());
