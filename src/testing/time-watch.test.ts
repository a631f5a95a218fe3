import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openTimeWatch } from './time-watch.ts';

const holdLoop = (ms: number) => {
  const end = performance.now() + ms;
  while (performance.now() < end);
};

test('a request that holds the event loop is named, with its stall and its time', async () => {
  const watch = openTimeWatch({ requestMs: 150, stallMs: 60 });
  await watch.time('quick', async () => 1);
  // Held after an await, as a route holds it after its database read: only microtasks, no timer can run.
  await watch.time('holds the loop', async () => {
    await Promise.resolve();
    holdLoop(120);
  });
  await watch.time('waits without holding', () => new Promise((resolve) => setTimeout(resolve, 200)));
  const report = watch.close();
  assert.equal(report.requests, 3);
  assert.equal(report.slowest?.label, 'waits without holding');
  assert.ok(
    report.longestRequestStall && report.longestRequestStall.ms >= 100 && report.longestRequestStall.label === 'holds the loop',
    JSON.stringify(report),
  );
  assert.deepEqual(
    report.failures.map((line) => line.replace(/\d+ ms/, 'N ms')),
    ['event loop held for N ms during holds the loop', 'request took N ms: waits without holding'],
  );
});

test('the test’s own work between requests is not blamed on a request', async () => {
  const watch = openTimeWatch({ requestMs: 1000, stallMs: 60 });
  await watch.time('before', async () => 1);
  holdLoop(120);
  await watch.time('after', async () => 1);
  const report = watch.close();
  assert.deepEqual(report.failures, []);
  assert.equal(report.strayStalls.length, 1);
});
