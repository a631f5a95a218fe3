// The server's event-loop stalls (written by bench/scale/stall-probe.ts), each named by the bench
// phase it happened in.
import { readFileSync } from 'node:fs';
import { formatMs, requestSpans } from './http.ts';
import type { Stall } from './stall-probe.ts';
import { type Row, row } from './table.ts';

/** A step of the bench, from `at` (epoch ms) until the next one begins; an uncounted one is reported but has no verdict. */
export type Phase = { label: string; at: number; counted: boolean };

/** The bench's phases, in order; stalls before the first (the server starting) are not counted. */
export function openPhases(log: (line: string) => void): { phases: Phase[]; begin: (label: string, counted?: boolean) => void } {
  const phases: Phase[] = [];
  return {
    phases,
    begin: (label, counted = true) => {
      phases.push({ label, at: Date.now(), counted });
      log(label);
    },
  };
}

/** The requests in flight while the loop was held (the probe notes a stall when its timer fires, at its end). */
function inFlight(stall: Stall): string {
  const labels = requestSpans.filter((span) => span.from <= stall.at && span.to >= stall.at - stall.clockMs).map((span) => span.label);
  const distinct = [...new Set(labels)];
  return distinct.length > 0 ? `, requests in flight: ${distinct.slice(0, 3).join(', ')}` : '';
}

function phaseOf(phases: readonly Phase[], at: number): Phase | undefined {
  let found: Phase | undefined;
  for (const phase of phases) if (phase.at <= at) found = phase;
  return found;
}

/**
 * The table's stall row (the longest the loop was held, by its CPU, over the whole bench once the
 * server listened) and a line per phase for the log.
 */
export function stallReport(file: string, phases: readonly Phase[], targetMs: number): { row: Row; lines: string[] } {
  const stalls = JSON.parse(readFileSync(file, 'utf8')) as Stall[];
  const worst = new Map<Phase, Stall>();
  for (const stall of stalls) {
    const phase = phaseOf(phases, stall.at);
    if (!phase) continue;
    const known = worst.get(phase);
    if (!known || stall.cpuMs > known.cpuMs) worst.set(phase, stall);
  }
  const lines = [...worst].map(
    ([phase, stall]) =>
      `  ${phase.label}: ${formatMs(stall.cpuMs)} of CPU (${formatMs(stall.clockMs)} by the clock)${phase.counted ? '' : ', not counted'}`,
  );
  const counted = [...worst].filter(([phase]) => phase.counted);
  const none: [Phase, Stall] = [
    { label: 'none', at: 0, counted: true },
    { at: 0, clockMs: 0, cpuMs: 0 },
  ];
  const [phase, longest] = counted.reduce((max, entry) => (entry[1].cpuMs > max[1].cpuMs ? entry : max), none);
  const byClock = counted.reduce((max, [, stall]) => Math.max(max, stall.clockMs), 0);
  const during = inFlight(longest);
  const uncounted = [...worst].filter(([p]) => !p.counted).map(([p, stall]) => `; not counted: ${formatMs(stall.cpuMs)} in "${p.label}"`);
  return {
    row: row(
      'longest event-loop stall of the server (CPU held)',
      `${formatMs(longest.cpuMs)} during "${phase.label}"${during} (longest by the clock ${formatMs(byClock)}${uncounted.join('')})`,
      `< ${formatMs(targetMs)}`,
      longest.cpuMs < targetMs,
    ),
    lines,
  };
}
