/**
 * Watches this thread's event loop with a 10 ms timer until `stop`: the longest turn that came
 * late, by the clock and by the main thread's own CPU spent meanwhile (a thread descheduled on a
 * busy machine is late without being stalled).
 *
 * @example const stalls = watchStalls(); await work(); const { clockMs, cpuMs } = stalls.stop();
 */
export function watchStalls(): { stop: () => { clockMs: number; cpuMs: number } } {
  const tickMs = 10;
  const cpuNow = () => {
    const { user, system } = process.threadCpuUsage();
    return (user + system) / 1000;
  };
  let last = performance.now();
  let lastCpu = cpuNow();
  let clockMs = 0;
  let cpuMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    const cpu = cpuNow();
    const late = now - last - tickMs;
    clockMs = Math.max(clockMs, late);
    cpuMs = Math.max(cpuMs, Math.min(Math.max(late, 0), cpu - lastCpu));
    last = now;
    lastCpu = cpu;
  }, tickMs);
  return {
    stop: () => {
      clearInterval(timer);
      return { clockMs, cpuMs };
    },
  };
}
