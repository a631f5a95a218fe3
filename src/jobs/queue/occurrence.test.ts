import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkSchedule, occurrenceOf } from './occurrence.ts';

describe('recurring job occurrences', () => {
  test('every N ms: the slot now is in, aligned to the epoch', () => {
    assert.equal(occurrenceOf({ everyMs: 600_000 }, new Date('2026-12-07T10:17:31.250Z')).toISOString(), '2026-12-07T10:10:00.000Z');
    assert.equal(occurrenceOf({ everyMs: 600_000 }, new Date('2026-12-07T10:20:00.000Z')).toISOString(), '2026-12-07T10:20:00.000Z');
  });

  const daily: Array<[string, string, string, string]> = [
    // [dailyAt, timeZone, now, expected occurrence]
    ['08:00', 'Europe/Paris', '2026-12-07T06:59:59Z', '2026-12-07T07:00:00.000Z'], // later today (UTC+1)
    ['08:00', 'Europe/Paris', '2026-12-07T07:00:00Z', '2026-12-07T07:00:00.000Z'], // exactly now
    ['08:00', 'Europe/Paris', '2026-12-07T07:00:01Z', '2026-12-08T07:00:00.000Z'], // passed: tomorrow
    ['08:00', 'Europe/Paris', '2026-07-01T12:00:00Z', '2026-07-02T06:00:00.000Z'], // summer (UTC+2)
    ['08:00', 'America/New_York', '2026-12-07T23:30:00Z', '2026-12-08T13:00:00.000Z'], // still the 7th there, 08:00 passed
    ['08:00', 'Asia/Tokyo', '2026-12-07T23:30:00Z', '2026-12-08T23:00:00.000Z'], // already the 8th there, 08:00 passed
    ['23:30', 'Pacific/Auckland', '2026-12-31T10:00:00Z', '2026-12-31T10:30:00.000Z'], // across the year, UTC+13
    ['08:00', 'Europe/Paris', '2026-03-28T08:00:00Z', '2026-03-29T06:00:00.000Z'], // the night clocks go forward
    ['02:30', 'Europe/Paris', '2026-03-29T00:00:00Z', '2026-03-29T01:30:00.000Z'], // a time the clocks skip: an hour on (03:30 CEST)
    ['02:30', 'Europe/Paris', '2026-10-25T00:00:00Z', '2026-10-25T01:30:00.000Z'], // a repeated time: once, the second (CET)
    ['08:00', 'UTC', '2026-12-07T09:00:00Z', '2026-12-08T08:00:00.000Z'],
  ];
  for (const [dailyAt, timeZone, now, expected] of daily) {
    test(`daily at ${dailyAt} in ${timeZone}, at ${now}: ${expected}`, () => {
      assert.equal(occurrenceOf({ dailyAt, timeZone }, new Date(now)).toISOString(), expected);
    });
  }

  test('schedules are checked', () => {
    assert.throws(() => checkSchedule({ everyMs: 0 }), RangeError);
    assert.throws(() => checkSchedule({ dailyAt: '8:00', timeZone: 'UTC' }), RangeError);
    assert.throws(() => checkSchedule({ dailyAt: '24:00', timeZone: 'UTC' }), RangeError);
    assert.throws(() => checkSchedule({ dailyAt: '08:00', timeZone: 'Mars/Olympus' }), RangeError);
    checkSchedule({ dailyAt: '08:00', timeZone: 'Europe/Paris' });
  });
});
