import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { timeZoneOffsetMinutes, workingHoursOverlap, workingOverlapMinutes } from './time-zone-overlap.ts';

const winter = new Date('2027-01-15T12:00:00Z');
const summer = new Date('2027-07-15T12:00:00Z');
// US clocks move on 14 March 2027, European ones on 28 March: for two weeks the gap is an hour less.
const march = new Date('2027-03-20T12:00:00Z');

describe('timeZoneOffsetMinutes', () => {
  const cases: Array<[string, Date, number]> = [
    ['Europe/Lisbon', winter, 0],
    ['Europe/Lisbon', summer, 60],
    ['America/Sao_Paulo', summer, -180],
    ['Asia/Kolkata', winter, 330],
    ['Asia/Kathmandu', winter, 345],
    ['America/New_York', march, -240],
    ['Pacific/Kiritimati', winter, 840],
    ['UTC', winter, 0],
  ];
  for (const [zone, date, offset] of cases) {
    test(`${zone} on ${date.toISOString().slice(0, 10)} is ${offset} minutes`, () =>
      assert.equal(timeZoneOffsetMinutes(zone, date), offset));
  }
});

describe('workingHoursOverlap', () => {
  const cases: Array<[string, string, Date, number]> = [
    ['Europe/Lisbon', 'Europe/Lisbon', winter, 8],
    ['Europe/Lisbon', 'America/Sao_Paulo', winter, 5],
    ['Europe/Lisbon', 'America/Sao_Paulo', summer, 4],
    ['Europe/Berlin', 'America/New_York', winter, 2],
    ['Europe/Berlin', 'America/New_York', march, 3],
    ['Europe/Lisbon', 'Asia/Kolkata', winter, 2.5],
    ['Europe/London', 'Australia/Sydney', winter, 0],
    ['Asia/Tokyo', 'Pacific/Honolulu', winter, 3],
    ['Pacific/Kiritimati', 'Pacific/Pago_Pago', winter, 7],
  ];
  for (const [a, b, date, hours] of cases) {
    test(`${a} and ${b}: ${hours} h`, () => {
      assert.equal(workingHoursOverlap(a, b, date), hours);
      assert.equal(workingHoursOverlap(b, a, date), hours);
    });
  }

  test('property: symmetric, between 0 and 8 hours, shrinking as zones drift apart on the same day', () => {
    fc.assert(
      fc.property(fc.integer({ min: -26 * 60, max: 26 * 60 }), (difference) => {
        const overlap = workingOverlapMinutes(difference);
        assert.equal(overlap, workingOverlapMinutes(-difference));
        assert.ok(overlap >= 0 && overlap <= 480);
        if (Math.abs(difference) <= 480) assert.equal(overlap, 480 - Math.abs(difference));
      }),
    );
  });
});
