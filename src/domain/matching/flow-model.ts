import { FlowNetworkBuilder, type FlowNetwork } from './flow-network.ts';
import { coversDistinctNeeds, type MatchingProblem } from './problem.ts';

/**
 * The matching problem as a flow network. Source → mentee (its demand) → mentor (one unit per
 * allowed pair, at the pair's cost) → sink (the mentor's capacity). A mentee under the
 * distinct-needs rule gets one node per need (capacity 1) and one node per pair: mentee → need →
 * pair → mentor, so each mentor is used once and for a need nobody else covers.
 */
export type FlowModel = {
  network: FlowNetwork;
  source: number;
  sink: number;
  /** Per pair: the arc index whose saturation means the pair is used (-1: pair not in the model). */
  pairArc: Int32Array;
  /** Per mentee: the node of its first need (-1: not under the rule). */
  firstNeedNode: Int32Array;
  potential: Float64Array;
};

export function mentorNode(problem: MatchingProblem, mentor: number): number {
  return 1 + problem.menteeIds.length + mentor;
}

/** Builds the network and initial potentials that make every reduced cost non-negative. */
export function buildFlowModel(problem: MatchingProblem, cost: (pair: number) => number | null): FlowModel {
  const menteeCount = problem.menteeIds.length;
  const mentorCount = problem.mentorIds.length;
  const pairCount = problem.pairScore.length;
  const sink = menteeCount + mentorCount + 1;
  const firstNeedNode = new Int32Array(menteeCount).fill(-1);
  let nodes = sink + 1;
  let arcs = pairCount + menteeCount + mentorCount;
  for (let i = 0; i < menteeCount; i++) {
    if (!coversDistinctNeeds(problem, i)) continue;
    firstNeedNode[i] = nodes;
    nodes += problem.needCount?.[i] ?? 0;
    arcs += problem.needCount?.[i] ?? 0;
  }
  for (let p = 0; p < pairCount; p++) {
    if ((firstNeedNode[problem.pairMentee[p] as number] as number) < 0) continue;
    nodes++;
    arcs += bitCount(problem.pairNeeds?.[p] ?? 0);
  }
  const builder = new FlowNetworkBuilder(nodes, arcs);
  const potential = new Float64Array(nodes);
  const pairArc = new Int32Array(pairCount).fill(-1);
  let nextPairNode = nodes - (pairCount === 0 ? 0 : countPairNodes(problem, firstNeedNode));
  for (let p = 0; p < pairCount; p++) {
    const c = cost(p);
    if (c === null) continue;
    const mentee = problem.pairMentee[p] as number;
    const target = mentorNode(problem, problem.pairMentor[p] as number);
    const firstNeed = firstNeedNode[mentee] as number;
    if (firstNeed < 0) {
      pairArc[p] = builder.addArc(1 + mentee, target, 1, c);
    } else {
      const needs = problem.pairNeeds?.[p] ?? 0;
      if (needs === 0) continue;
      const pairNode = nextPairNode++;
      for (let k = 0; k < 31; k++) if (needs & (1 << k)) builder.addArc(firstNeed + k, pairNode, 1, 0);
      pairArc[p] = builder.addArc(pairNode, target, 1, c);
    }
    if (c < (potential[target] as number)) potential[target] = c;
  }
  for (let i = 0; i < menteeCount; i++) {
    builder.addArc(0, 1 + i, problem.demand[i] as number, 0);
    const firstNeed = firstNeedNode[i] as number;
    if (firstNeed >= 0) for (let k = 0; k < (problem.needCount?.[i] ?? 0); k++) builder.addArc(1 + i, firstNeed + k, 1, 0);
  }
  for (let j = 0; j < mentorCount; j++) {
    const node = mentorNode(problem, j);
    builder.addArc(node, sink, problem.capacity[j] as number, 0);
    if ((potential[node] as number) < (potential[sink] as number)) potential[sink] = potential[node] as number;
  }
  return { network: builder.build(), source: 0, sink, pairArc, firstNeedNode, potential };
}

function countPairNodes(problem: MatchingProblem, firstNeedNode: Int32Array): number {
  let count = 0;
  for (let p = 0; p < problem.pairScore.length; p++) if ((firstNeedNode[problem.pairMentee[p] as number] as number) >= 0) count++;
  return count;
}

function bitCount(mask: number): number {
  let count = 0;
  for (let v = mask; v; v &= v - 1) count++;
  return count;
}
