import type { FlowModel } from './flow-model.ts';
import type { MatchingProblem, WarmStart } from './problem.ts';

/**
 * Starts a freshly built network from an earlier solution of the same problem with fewer pairs
 * (pairs are only ever appended between pricing rounds, so pair and node indices carry over):
 * the earlier flow is put back on its arcs, the earlier potentials are kept, and each new pair
 * node gets the lowest potential of its needs. The circulation is feasible; only the new arcs
 * can violate the potentials, by no more than their pricing reduced cost, so cost scaling
 * starts from that small ε instead of from the largest cost.
 *
 * @example applyWarmStart(problem, model, previous.warmStart)
 */
export function applyWarmStart(problem: MatchingProblem, model: FlowModel, warm: WarmStart): void {
  const { residual } = model.network;
  const push = (arc: number): void => {
    residual[2 * arc] = (residual[2 * arc] as number) - 1;
    residual[2 * arc + 1] = (residual[2 * arc + 1] as number) + 1;
  };
  const known = Math.min(warm.potential.length, model.potential.length);
  model.potential.set(warm.potential.subarray(0, known));
  for (let v = known; v < model.potential.length; v++) model.potential[v] = model.potential[0] as number;
  warm.usedPairs.forEach((pair, index) => {
    const mentee = problem.pairMentee[pair] as number;
    const mentor = problem.pairMentor[pair] as number;
    push(model.pairArc[pair] as number);
    push(model.sourceArc[mentee] as number);
    push(model.mentorArc[mentor] as number);
    push(model.returnArc);
    const need = warm.pairNeed[index] as number;
    if (need < 0) return;
    push((model.menteeNeedArc[mentee] as number) + need);
    const needs = problem.pairNeeds?.[pair] ?? 0;
    push((model.pairNeedArc[pair] as number) + bitCountBelow(needs, need));
  });
  // New pair nodes: tight on the arcs from their needs, so only their arc to the mentor can violate.
  for (let p = 0; p < problem.pairScore.length; p++) {
    const first = model.pairNeedArc[p] as number;
    if (first < 0) continue;
    const pairNode = model.network.to[2 * first] as number;
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
