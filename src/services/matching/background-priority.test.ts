import assert from 'node:assert/strict';
import { getPriority } from 'node:os';
import { describe, it } from 'node:test';
import { Worker } from 'node:worker_threads';
import { BACKGROUND_NICENESS } from './background-priority.ts';

describe('matching threads run below requests', () => {
  it('a worker thread lowers its own priority and leaves the main thread’s alone', { skip: process.platform !== 'linux' }, async () => {
    const before = getPriority();
    const code = `
      const { parentPort } = require('node:worker_threads');
      import(${JSON.stringify(new URL('./background-priority.ts', import.meta.url).href)}).then((m) => parentPort.postMessage(m.lowerThisThreadPriority()));
    `;
    const niceness = await new Promise((resolve, reject) => {
      const worker = new Worker(code, { eval: true });
      worker.once('message', (value) => {
        resolve(value);
        void worker.terminate();
      });
      worker.once('error', reject);
    });
    assert.equal(niceness, Math.max(BACKGROUND_NICENESS, before));
    assert.equal(getPriority(), before, 'the main thread keeps its priority');
  });
});
