import { SESSION_TOUCH_INTERVAL_MS, sessionStanding } from './session-standing';

const NOW = new Date('2026-11-25T12:00:00Z');
const IDLE_MS = 30 * 60_000;
const ago = (ms: number) => new Date(NOW.getTime() - ms);
const later = (ms: number) => new Date(NOW.getTime() + ms);

describe('sessionStanding', () => {
  it.each([
    ['used just now', { lastUsedAt: NOW }, { problem: null, touch: false }],
    ['used 59 s ago: no write yet', { lastUsedAt: ago(SESSION_TOUCH_INTERVAL_MS - 1_000) }, { problem: null, touch: false }],
    ['used a minute ago: record the use', { lastUsedAt: ago(SESSION_TOUCH_INTERVAL_MS) }, { problem: null, touch: true }],
    ['unused for just under the idle timeout', { lastUsedAt: ago(IDLE_MS - 1) }, { problem: null, touch: true }],
    ['unused for exactly the idle timeout', { lastUsedAt: ago(IDLE_MS) }, { problem: 'idle', touch: false }],
    ['past its absolute expiry, though just used', { lastUsedAt: NOW, expiresAt: NOW }, { problem: 'expired', touch: false }],
    ['revoked, though fresh', { lastUsedAt: NOW, revokedAt: ago(1) }, { problem: 'revoked', touch: false }],
    ['revoked and idle: revocation is named', { lastUsedAt: ago(IDLE_MS * 2), revokedAt: ago(1) }, { problem: 'revoked', touch: false }],
    ['expired and idle: expiry is named', { lastUsedAt: ago(IDLE_MS * 2), expiresAt: ago(1) }, { problem: 'expired', touch: false }],
  ])('%s', (_case, facts, expected) => {
    const session = { expiresAt: later(3_600_000), revokedAt: null, ...facts };
    expect(sessionStanding(session, { now: NOW, idleTimeoutMs: IDLE_MS })).toEqual(expected);
  });
});
