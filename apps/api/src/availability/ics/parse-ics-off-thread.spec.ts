import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ICS_LIMITS, IcsParseError, parseIcsBusy } from './parse-ics-busy';
import { PARSE_TIMEOUT_MESSAGE, parseIcsBusyOffThread } from './parse-ics-off-thread';
import { calendar, event, fakeFixedZone, manyEvents } from './testing/ics-test-files';

const MARCH = { from: new Date('2026-03-01T00:00:00Z'), to: new Date('2026-04-01T00:00:00Z') };
const fixture = readFileSync(join(__dirname, 'fixtures/weekly-supervision.ics'), 'utf8');
// Worker start-up compiles TypeScript under the test runner; generous, never asserted.
const TEST_TIMEOUT = { timeoutMs: 20_000 };

describe('parseIcsBusyOffThread', () => {
  it('gives the same intervals as parsing on the main thread', async () => {
    expect(await parseIcsBusyOffThread(fixture, MARCH, 'America/Chicago', TEST_TIMEOUT)).toEqual(parseIcsBusy(fixture, MARCH, 'America/Chicago'));
  });

  it("never lets one file's VTIMEZONE change how a later file is read", async () => {
    const fake = calendar(fakeFixedZone('America/New_York'), event('a@t', 'DTSTART;TZID=America/New_York:20260310T090000', 'DURATION:PT1H'));
    const real = calendar(event('b@t', 'DTSTART;TZID=America/New_York:20260310T090000', 'DURATION:PT1H'));
    const [first] = await parseIcsBusyOffThread(fake, MARCH, 'UTC', TEST_TIMEOUT);
    const [second] = await parseIcsBusyOffThread(real, MARCH, 'UTC', TEST_TIMEOUT);
    expect(first.start.toISOString()).toBe('2026-03-10T04:00:00.000Z');
    expect(second.start.toISOString()).toBe('2026-03-10T13:00:00.000Z'); // real EDT (UTC−4)
  });

  it('passes the limit messages through, naming the number: 100,000 empty events fit in 2.6 MB', async () => {
    const emptyEvents = calendar(Array.from({ length: 100_000 }, () => ['BEGIN:VEVENT', 'END:VEVENT']).flat());
    await expect(parseIcsBusyOffThread(emptyEvents, MARCH, 'UTC', TEST_TIMEOUT)).rejects.toThrow(
      new IcsParseError('This calendar has more than 10,000 events. Export a shorter date range.'),
    );
  });

  it('refuses text larger than any upload or feed before starting a worker', async () => {
    await expect(parseIcsBusyOffThread(manyEvents(100_000), MARCH, 'UTC', TEST_TIMEOUT)).rejects.toThrow(/larger than 5 MB/);
  });

  it('terminates a parse that runs past its time limit with a generic message, while the event loop keeps answering', async () => {
    // Within raised limits, so only the clock can stop it: ~200k recurrence steps take seconds.
    const slow = calendar(event('h@t', 'DTSTART:20000101T000000Z', 'DURATION:PT30M', 'RRULE:FREQ=HOURLY'));
    const limits = { ...ICS_LIMITS, maxRecurrenceSteps: 10_000_000, maxBusyIntervals: 10_000_000 };
    let settled = false;
    const parsing = parseIcsBusyOffThread(slow, MARCH, 'UTC', { timeoutMs: 4_000, limits }).finally(() => {
      settled = true;
    });
    // Timers and I/O still run on the main thread while the worker grinds.
    let ticks = 0;
    while (ticks < 5) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      ticks++;
    }
    expect(settled).toBe(false);
    await expect(parsing).rejects.toThrow(new IcsParseError(PARSE_TIMEOUT_MESSAGE));
  });

});
