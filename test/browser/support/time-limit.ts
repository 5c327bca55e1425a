// One limit for every browser journey, set for the slowest machine we run on rather than guessed
// per test: a journey that takes 60 s alone took over 120 s beside another worker on CI's two
// cores. Each step inside still has its own 10 s wait (./browser.ts), so a stuck step fails fast.
jest.setTimeout(300_000);
