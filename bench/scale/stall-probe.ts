// Preloaded into the bench's server process (NODE_OPTIONS=--import <this file>) when
// BENCH_STALL_FILE is set: a 10 ms timer notes every turn of the event loop that came late, and
// how much of the delay the main thread spent on its own CPU (a thread descheduled on a busy
// machine is late without being stalled). Every 250 ms, and at exit, the stalls over 20 ms are
// written to the file as JSON for bench/scale/run.ts to read. No route, nothing in the app.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { PerformanceObserver } from 'node:perf_hooks';
import { isMainThread } from 'node:worker_threads';

export type Stall = { at: number; clockMs: number; cpuMs: number };

const file = process.env.BENCH_STALL_FILE;
if (isMainThread && file) {
  const tickMs = 10;
  const keptOverMs = 20;
  const stalls: Stall[] = [];
  const cpuMs = () => {
    const { user, system } = process.threadCpuUsage();
    return (user + system) / 1000;
  };
  let last = performance.now();
  let lastCpu = cpuMs();
  let lastWrite = last;
  // Garbage collections over 10 ms, beside the stalls (`<file>.gc`), to tell a collection from our code.
  const collections: Array<{ at: number; ms: number; kind: number }> = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.duration > 10 && collections.length < 100_000)
        collections.push({
          at: Math.round(performance.timeOrigin + entry.startTime),
          ms: Math.round(entry.duration),
          kind: ((entry as { detail?: { kind?: number } }).detail?.kind ?? 0) as number,
        });
  }).observe({ entryTypes: ['gc'] });
  const write = () => {
    writeFileSync(file, JSON.stringify(stalls));
    writeFileSync(`${file}.gc`, JSON.stringify(collections));
  };
  const timer = setInterval(() => {
    const now = performance.now();
    const cpu = cpuMs();
    const late = now - last - tickMs;
    if (late > keptOverMs && stalls.length < 100_000) stalls.push({ at: Date.now(), clockMs: late, cpuMs: Math.min(late, cpu - lastCpu) });
    last = now;
    lastCpu = cpu;
    if (now - lastWrite > 250) {
      lastWrite = now;
      write();
    }
  }, tickMs);
  timer.unref();
  process.on('exit', write);
}

// BENCH_CPU_PROFILE=<file>: the server's main thread is also profiled (sampled every 0.5 ms) and the
// profile written at exit, to name what held a stall (--cpu-prof may not be given in NODE_OPTIONS).
const profileFile = process.env.BENCH_CPU_PROFILE;
if (isMainThread && profileFile) {
  const session = new Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 500 });
  session.post('Profiler.start');
  process.on('exit', () =>
    session.post('Profiler.stop', (error, result) => {
      if (!error) writeFileSync(profileFile, JSON.stringify(result.profile));
    }),
  );
}
