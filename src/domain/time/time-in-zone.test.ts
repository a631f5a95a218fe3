import assert from 'node:assert/strict';
import { test } from 'node:test';
import { timeInZone } from './time-in-zone.ts';

test('a moment on the reader’s clock, UTC when the zone is missing or unknown', () => {
  const at = new Date('2026-12-21T23:54:00Z');
  assert.equal(timeInZone(at, null), 'Mon, 21 Dec 2026, 23:54 (UTC)');
  assert.equal(timeInZone(at, 'Asia/Tokyo'), 'Tue, 22 Dec 2026, 08:54 (Asia/Tokyo)');
  assert.equal(timeInZone(at, 'Mars/Olympus_Mons'), 'Mon, 21 Dec 2026, 23:54 (UTC)');
});
