import { monitorEventLoopDelay } from 'node:perf_hooks';

/**
 * What the harness counts as too slow. Work is measured in the main thread's own CPU time, so a
 * machine shared with other test files (CI runs two at a time, and a browser) does not turn a fast
 * request into a failure: `requestMs` of CPU for one request, `stallMs` of CPU the event loop was
 * held for without a turn, and `requestWallMs` of wall-clock time for a request that mostly waits
 * (on the database server, for instance).
 */
export type TimeBudget = { requestMs: number; stallMs: number; requestWallMs: number };

/** The harness's limits (issue 14): a request over 1 s, or the event loop held for over 200 ms; 5 s of waiting at most. */
export const harnessBudget: TimeBudget = { requestMs: 1000, stallMs: 200, requestWallMs: 5000 };

/** A named figure of a watched run. */
export type Timed = { label: string; ms: number };

/** The figures of a watched run. */
export type TimeReport = {
  requests: number;
  /** The request that took longest by the clock, and the one that used the most CPU. */
  slowest: Timed | null;
  busiest: Timed | null;
  /** The longest event-loop delay `monitorEventLoopDelay` saw over the whole run, the test's own work included. */
  longestStallMs: number;
  /** The longest time the loop was held (CPU) while a request was in flight, and that request. */
  longestRequestStall: Timed | null;
  /** Every request over the budget and every stall over it while a request was in flight, named. */
  failures: string[];
  /** Stalls over the budget while no request was in flight (the test's own work), for the log. */
  strayStalls: string[];
};

/** A request timed: its label, when it ran, and how long it may hold the event loop. */
type Span = { label: string; start: number; end: number | undefined; stallMs: number };

/**
 * What a request may hold the event loop for beyond the budget, per megabyte of body it sends:
 * the body is read and parsed as JSON on the main thread, in proportion to its size, up to the
 * route's own limit (a 10 MB people import: 200 + 300 ms). A request that sends little gets the
 * budget alone.
 */
const stallMsPerMegabyteSent = 30;

/** How often the stall detector looks at the clock. */
const tickMs = 10;
/** Finished requests kept to name the one a late-detected stall happened in. */
const spansKept = 64;

/** CPU time of this thread alone (not of PostgreSQL, workers or other processes), in milliseconds. */
function threadCpuMs(): number {
  const { user, system } = process.threadCpuUsage();
  return (user + system) / 1000;
}

/**
 * Times every request a test sends and watches the event loop while it does: a request over the
 * budget, or a stall over it during a request, is a failure naming the request (its label says
 * which operation and which input). Stalls are measured twice: by `monitorEventLoopDelay` (the
 * figure reported) and by a 10 ms tick that names the requests in flight while the loop was held,
 * since the histogram alone cannot say when a delay happened. A delay counts as held for the CPU
 * the main thread spent in it: the thread being descheduled on a busy machine is not a stall of ours.
 *
 * @example
 * const watch = openTimeWatch(harnessBudget);
 * const response = await watch.time('GET /me as mentee', () => app.request('/api/v1/me'));
 * const report = watch.close(); // report.failures is empty when every request stayed in budget
 */
export function openTimeWatch(budget: TimeBudget): {
  time: <T>(label: string, send: () => Promise<T>, input?: { bytes: number }) => Promise<T>;
  close: () => TimeReport;
} {
  const histogram = monitorEventLoopDelay({ resolution: tickMs });
  histogram.enable();
  const spans: Span[] = [];
  const failures: string[] = [];
  const strayStalls: string[] = [];
  let requests = 0;
  let slowest: Timed | null = null;
  let busiest: Timed | null = null;
  let longestRequestStall: Timed | null = null;
  let lastTick = performance.now();
  let lastTickCpu = threadCpuMs();

  const ticker = setInterval(() => {
    const now = performance.now();
    const cpu = threadCpuMs();
    const held = Math.min(now - lastTick - tickMs, cpu - lastTickCpu);
    // The requests that were in flight for most of the held time (a stall right after a request
    // ended, in the test's own code, overlaps that request only briefly).
    const overlap = (span: Span) => Math.min(span.end ?? now, now) - Math.max(span.start, lastTick);
    const inFlight = spans.filter((span) => overlap(span) >= Math.min(held, budget.stallMs));
    const during = inFlight.map((span) => span.label);
    if (during.length > 0 && held > (longestRequestStall?.ms ?? 0)) longestRequestStall = { label: during.join(' | '), ms: held };
    if (held > Math.max(budget.stallMs, ...inFlight.map((span) => span.stallMs))) {
      const line = `event loop held for ${Math.round(held)} ms of CPU (${Math.round(now - lastTick)} ms by the clock)`;
      if (during.length > 0) failures.push(`${line} during ${during.join(' | ')}`);
      else strayStalls.push(line);
    }
    lastTick = now;
    lastTickCpu = cpu;
  }, tickMs);
  // A run that stops early (a failed setup, a filtered test) must not be kept alive by the tick.
  ticker.unref();

  const time = async <T>(label: string, send: () => Promise<T>, input?: { bytes: number }): Promise<T> => {
    const span: Span = {
      label: label.length > 300 ? `${label.slice(0, 300)}…` : label,
      start: performance.now(),
      end: undefined,
      stallMs: budget.stallMs + ((input?.bytes ?? 0) / 1e6) * stallMsPerMegabyteSent,
    };
    const cpuStart = threadCpuMs();
    spans.push(span);
    try {
      return await send();
    } finally {
      span.end = performance.now();
      const cpuMs = threadCpuMs() - cpuStart;
      // Let the timers run: an in-process request on PGlite may never leave the microtask queue,
      // and a stall is only seen when the tick fires; this also keeps a stall from being blamed on
      // the next request, or on the test's own work after this one.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const ms = span.end - span.start;
      requests += 1;
      if (!slowest || ms > slowest.ms) slowest = { label: span.label, ms };
      if (!busiest || cpuMs > busiest.ms) busiest = { label: span.label, ms: cpuMs };
      if (cpuMs > budget.requestMs)
        failures.push(`request took ${Math.round(cpuMs)} ms of CPU (${Math.round(ms)} ms by the clock): ${span.label}`);
      else if (ms > budget.requestWallMs) failures.push(`request took ${Math.round(ms)} ms by the clock: ${span.label}`);
      // Keep the recent ones: a stall is noticed on the tick after it, when the next request may have begun.
      while (spans.length > spansKept && spans[0]?.end !== undefined) spans.shift();
    }
  };

  const close = (): TimeReport => {
    clearInterval(ticker);
    histogram.disable();
    return { requests, slowest, busiest, longestStallMs: histogram.max / 1e6, longestRequestStall, failures, strayStalls };
  };
  return { time, close };
}

/** One line of a report's figures, for a test's diagnostics. */
export function describeTimeReport(report: TimeReport): string {
  const named = (timed: Timed | null) => (timed ? `${Math.round(timed.ms)} ms (${timed.label})` : 'none');
  return [
    `${report.requests} requests timed`,
    `slowest by the clock ${named(report.slowest)}`,
    `most CPU ${named(report.busiest)}`,
    `longest event-loop stall during a request ${named(report.longestRequestStall)} of CPU`,
    `${Math.round(report.longestStallMs)} ms by the clock over the whole run`,
  ].join('; ');
}
