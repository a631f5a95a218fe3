import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { instantOfLocalTime, meetingEnd, wallClockIn, zoneForPerson } from './meeting-times.ts';

describe('instantOfLocalTime and wallClockIn', () => {
  // Tokyo has no daylight saving; New York changes on 8 March and 1 November 2026.
  const table: Array<[string, string, string, string, string]> = [
    // [Tokyo local, instant, New York local, offset, abbreviation]
    ['2026-03-06T09:00', '2026-03-06T00:00:00.000Z', '2026-03-05T19:00', '-05:00', 'EST'],
    ['2026-03-10T09:00', '2026-03-10T00:00:00.000Z', '2026-03-09T20:00', '-04:00', 'EDT'],
    ['2026-10-30T09:00', '2026-10-30T00:00:00.000Z', '2026-10-29T20:00', '-04:00', 'EDT'],
    ['2026-11-03T09:00', '2026-11-03T00:00:00.000Z', '2026-11-02T19:00', '-05:00', 'EST'],
  ];
  for (const [tokyo, instant, newYork, offset, abbreviation] of table) {
    test(`${tokyo} in Tokyo is ${newYork} in New York`, () => {
      const at = instantOfLocalTime(tokyo, 'Asia/Tokyo');
      assert.ok(at instanceof Date);
      assert.equal(at.toISOString(), instant);
      assert.deepEqual(wallClockIn(at, 'America/New_York'), { localDateTime: newYork, utcOffset: offset, zoneAbbreviation: abbreviation });
      assert.equal(wallClockIn(at, 'Asia/Tokyo').localDateTime, tokyo);
    });
  }

  test('a time skipped by the March change is refused, a repeated November time means the first', () => {
    const skipped = instantOfLocalTime('2026-03-08T02:30', 'America/New_York');
    assert.ok(!(skipped instanceof Date));
    assert.equal(skipped.problem, 'nonexistent_local_time');
    const repeated = instantOfLocalTime('2026-11-01T01:30', 'America/New_York');
    assert.ok(repeated instanceof Date);
    assert.equal(repeated.toISOString(), '2026-11-01T05:30:00.000Z');
  });

  test('nonsense dates are refused', () => {
    const result = instantOfLocalTime('2026-02-30T10:00', 'Europe/Lisbon');
    assert.ok(!(result instanceof Date));
    assert.equal(result.problem, 'invalid_local_time');
  });

  test('property: a wall clock read back gives the same instant (to the minute)', () => {
    const zones = ['Asia/Tokyo', 'America/New_York', 'Europe/Lisbon', 'Australia/Sydney', 'Asia/Kolkata', 'America/Sao_Paulo'];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2024, 0, 1) / 60_000, max: Date.UTC(2030, 0, 1) / 60_000 }),
        fc.constantFrom(...zones),
        (minute, zone) => {
          const instant = new Date(minute * 60_000);
          const local = wallClockIn(instant, zone).localDateTime;
          const back = instantOfLocalTime(local, zone);
          assert.ok(back instanceof Date);
          // Repeated autumn hours map to the first occurrence: at most an hour earlier.
          assert.ok(instant.getTime() - back.getTime() === 0 || instant.getTime() - back.getTime() === 3_600_000);
        },
      ),
    );
  });
});

describe('meetingEnd and zoneForPerson', () => {
  test('end is start plus length', () => {
    assert.equal(meetingEnd(new Date('2026-01-01T10:00:00Z'), 45).toISOString(), '2026-01-01T10:45:00.000Z');
  });
  test('a person without a zone sees the meeting zone, flagged', () => {
    assert.deepEqual(zoneForPerson(null, 'Asia/Tokyo'), { timeZone: 'Asia/Tokyo', zoneAssumed: true });
    assert.deepEqual(zoneForPerson('Europe/Lisbon', 'Asia/Tokyo'), { timeZone: 'Europe/Lisbon', zoneAssumed: false });
    assert.deepEqual(zoneForPerson('Mars/Olympus', 'Asia/Tokyo'), { timeZone: 'Asia/Tokyo', zoneAssumed: true });
  });
});
