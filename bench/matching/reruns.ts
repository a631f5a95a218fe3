import type { MatchingSession } from '../../src/domain/matching/matching-session.ts';

/**
 * The incremental path: lock one mentee to a candidate mentor other than the one the optimum
 * gave them (so the solution must change), then forbid another proposed pair; each re-run is
 * certified like the first run.
 */
export function measureReruns(session: MatchingSession): { lock: number; forbid: number; optimal: boolean } {
  const { problem, matches } = session.result;
  const first = matches[0];
  const second = matches[Math.floor(matches.length / 2)];
  let alternative = -1;
  for (let p = 0; p < problem.pairScore.length && first; p++) {
    if (problem.pairMentee[p] === first.mentee && problem.pairMentor[p] !== first.mentor) alternative = problem.pairMentor[p] as number;
  }
  let t = performance.now();
  const locked = first && alternative >= 0 ? session.rerun({ lock: [[first.mentee, alternative]] }) : session.result;
  const lock = (performance.now() - t) / 1000;
  t = performance.now();
  const forbidden = second ? session.rerun({ forbid: [[second.mentee, second.mentor]] }) : session.result;
  return { lock, forbid: (performance.now() - t) / 1000, optimal: locked.optimal && forbidden.optimal };
}
