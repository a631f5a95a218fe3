import type { FlowModel } from './flow-model.ts';
import type { MatchingProblem, WarmStart } from './problem.ts';

/**
 * Starts a freshly built network from an earlier solution of the same problem (pairs are only
 * ever appended, so pair and node indices carry over): the earlier flow is put back on its arcs
 * (pairs that no longer fit are left out), the earlier potentials are kept, and each new pair
 * node gets the lowest potential of its needs. The circulation is feasible; only what changed
 * can violate the potentials, so a repair or a short cost scaling finishes the job.
 *
 * @example applyWarmStart(problem, model, previous.warmStart)
 */
export function applyWarmStart(problem: MatchingProblem, model: FlowModel, warm: WarmStart): void {
  const { residual, forward, mate } = model.network;
  const push = (arc: number): void => {
    const slot = forward[arc] as number;
    residual[slot] = (residual[slot] as number) - 1;
    residual[mate[slot] as number] = (residual[mate[slot] as number] as number) + 1;
  };
  const known = Math.min(warm.potential.length, model.potential.length);
  model.potential.set(warm.potential.subarray(0, known));
  for (let v = known; v < model.potential.length; v++) model.potential[v] = model.potential[0] as number;
  const room = (arc: number): boolean => (residual[forward[arc] as number] as number) > 0;
  warm.usedPairs.forEach((pair, index) => {
    const mentee = problem.pairMentee[pair] as number;
    const mentor = problem.pairMentor[pair] as number;
    const pairArc = model.pairArc[pair] as number;
    const need = warm.pairNeed[index] as number;
    const needs = problem.pairNeeds?.[pair] ?? 0;
    const needArcs =
      need < 0 ? [] : [(model.menteeNeedArc[mentee] as number) + need, (model.pairNeedArc[pair] as number) + bitCountBelow(needs, need)];
    // A pair that no longer fits (blocked, or its mentee's demand or mentor's capacity lowered) is left out.
    if (pairArc < 0 || !room(model.sourceArc[mentee] as number) || !room(model.mentorArc[mentor] as number) || !needArcs.every(room))
      return;
    for (const arc of [pairArc, model.sourceArc[mentee] as number, model.mentorArc[mentor] as number, model.returnArc, ...needArcs])
      push(arc);
  });
  // New pair nodes: tight on the arcs from their needs, so only their arc to the mentor can violate.
  for (let p = 0; p < problem.pairScore.length; p++) {
    const first = model.pairNeedArc[p] as number;
    if (first < 0) continue;
    const pairNode = model.network.head[forward[first] as number] as number;
    if (pairNode < known) continue;
    let lowest = Number.POSITIVE_INFINITY;
    const needs = problem.pairNeeds?.[p] ?? 0;
    const firstNeed = model.firstNeedNode[problem.pairMentee[p] as number] as number;
    for (let k = 0; k < 31; k++) if (needs & (1 << k)) lowest = Math.min(lowest, model.potential[firstNeed + k] as number);
    model.potential[pairNode] = lowest;
  }
}

function bitCountBelow(mask: number, bit: number): number {
  let count = 0;
  for (let v = mask & ((1 << bit) - 1); v; v &= v - 1) count++;
  return count;
}
