import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { buildVTimezone } from './vtimezone.ts';

type Observance = { onsetMs: number; offsetTo: number };

const minutesOf = (offset: string) => (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(3, 5)));

// Reads the observances back as a calendar reader does: each starts at its DTSTART on the clock
// of the offset it changes from.
function observancesOf(text: string): Observance[] {
  return [...text.matchAll(/DTSTART:(\d{8}T\d{6})\r\nTZOFFSETFROM:([+-]\d{4})\r\nTZOFFSETTO:([+-]\d{4})/g)].map(([, start, from, to]) => ({
    onsetMs: DateTime.fromFormat(start ?? '', "yyyyMMdd'T'HHmmss", { zone: 'UTC' }).toMillis() - minutesOf(from ?? '') * 60_000,
    offsetTo: minutesOf(to ?? ''),
  }));
}

describe('buildVTimezone', () => {
  test('New York 2026: a start observance and the two changes, exact to the minute', () => {
    const text = buildVTimezone('America/New_York', [2026]);
    assert.ok(text);
    assert.match(text, /TZID:America\/New_York/);
    assert.match(text, /BEGIN:STANDARD\r\nDTSTART:20260101T000000\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0500/);
    assert.match(text, /BEGIN:DAYLIGHT\r\nDTSTART:20260308T020000\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\nTZNAME:EDT/);
    assert.match(text, /BEGIN:STANDARD\r\nDTSTART:20261101T020000\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\nTZNAME:EST/);
    assert.equal(text.match(/BEGIN:(STANDARD|DAYLIGHT)/g)?.length, 3);
  });

  test('Tokyo: one observance per year asked for, no changes', () => {
    const text = buildVTimezone('Asia/Tokyo', [2027, 2026, 2027]);
    assert.ok(text);
    assert.deepEqual(text.match(/DTSTART:\d{8}/g), ['DTSTART:20260101', 'DTSTART:20270101']);
    assert.match(text, /TZOFFSETTO:\+0900/);
  });

  test('only the years asked for, not the years between: 2026 and 9998 take a few milliseconds', () => {
    // CPU of this thread, not the clock: other test files share the machine. The day-by-day scan took minutes.
    const before = process.threadCpuUsage();
    const text = buildVTimezone('Europe/Lisbon', [2026, 9998]);
    const used = process.threadCpuUsage(before);
    const elapsedMs = (used.user + used.system) / 1000;
    assert.ok(text);
    assert.deepEqual([...new Set(text.match(/DTSTART:\d{4}/g))], ['DTSTART:2026', 'DTSTART:9998']);
    assert.equal(text.match(/BEGIN:(STANDARD|DAYLIGHT)/g)?.length, 6);
    assert.ok(elapsedMs < 200, `took ${elapsedMs.toFixed(1)} ms of CPU`);
  });

  test('an unknown zone, or no years, gives nothing', () => {
    assert.equal(buildVTimezone('Mars/Olympus', [2026]), null);
    assert.equal(buildVTimezone('Europe/Lisbon', []), null);
  });

  test('property: the offset the observances give at any instant of a covered year is the zone’s own', () => {
    const zones = [
      'America/New_York',
      'Europe/Lisbon',
      'Australia/Lord_Howe',
      'America/Santiago',
      'Asia/Tehran',
      'Africa/Casablanca',
      'Pacific/Chatham',
      'America/St_Johns',
      'Asia/Kolkata',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: 1990, max: 2060 }),
        fc.integer({ min: 0, max: 365 * 24 * 60 - 1 }),
        (zone, year, minute) => {
          const text = buildVTimezone(zone, [year]);
          assert.ok(text);
          const startMs = DateTime.fromObject({ year, month: 1, day: 1 }, { zone }).toMillis();
          const instant = startMs + minute * 60_000;
          if (DateTime.fromMillis(instant, { zone }).year !== year) return;
          const inForce = observancesOf(text)
            .filter((o) => o.onsetMs <= instant)
            .at(-1);
          assert.equal(inForce?.offsetTo, DateTime.fromMillis(instant, { zone }).offset, `${zone} ${new Date(instant).toISOString()}`);
        },
      ),
      { numRuns: 300 },
    );
  });
});
