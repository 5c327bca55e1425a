// One limit for every test and hook in the api and e2e tiers, set for the slowest machine we run
// on rather than guessed per test (as the browser tier's ../browser/support/time-limit.ts is).
// Jest's 30 s was a guess that CI's two loaded cores broke: a test that took 6.5 s alone took
// over 30 s there, and booking-race's file took 77 s in a full run here and 190 s on CI. A file
// whose work is larger than this still names its own, longer limit.
jest.setTimeout(120_000);
