import { FlowNetworkBuilder, type FlowNetwork } from './flow-network.ts';
import { coversDistinctNeeds, type MatchingProblem } from './problem.ts';

/**
 * The matching problem as a flow network. Source → mentee (its demand) → mentor (one unit per
 * allowed pair, at the pair's cost) → sink (the mentor's capacity), and a free return arc sink →
 * source so that flow of any amount is a circulation. A mentee under the distinct-needs rule
 * gets one node per need (capacity 1) and one node per pair: mentee → need → pair → mentor, so
 * each mentor is used once and for a need nobody else covers.
 *
 * Node layout, stable when pairs are appended to the problem (so a solved network's potentials
 * carry over to the next pricing round): source 0, mentees, mentors, sink, the need nodes of
 * each mentee under the rule, then one node per such mentee's pair, in pair order.
 */
export type FlowModel = {
  network: FlowNetwork;
  source: number;
  sink: number;
  /** Per pair: the arc index whose saturation means the pair is used (-1: pair not in the model). */
  pairArc: Int32Array;
  /** Per pair under the rule: the arc from its first covered need to its pair node (-1: none). */
  pairNeedArc: Int32Array;
  /** Per mentee: the node of its first need (-1: not under the rule). */
  firstNeedNode: Int32Array;
  /** Per mentee: its source arc, and its arc to its first need (-1: not under the rule). */
  sourceArc: Int32Array;
  menteeNeedArc: Int32Array;
  /** Per mentor: its arc to the sink. */
  mentorArc: Int32Array;
  returnArc: number;
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
  let arcs = pairCount + menteeCount + mentorCount + 1;
  for (let i = 0; i < menteeCount; i++) {
    if (!coversDistinctNeeds(problem, i)) continue;
    firstNeedNode[i] = nodes;
    nodes += problem.needCount?.[i] ?? 0;
    arcs += problem.needCount?.[i] ?? 0;
  }
  let nextPairNode = nodes;
  for (let p = 0; p < pairCount; p++) {
    if ((firstNeedNode[problem.pairMentee[p] as number] as number) < 0) continue;
    nodes++;
    arcs += bitCount(problem.pairNeeds?.[p] ?? 0);
  }
  const builder = new FlowNetworkBuilder(nodes, arcs);
  const potential = new Float64Array(nodes);
  const pairArc = new Int32Array(pairCount).fill(-1);
  const pairNeedArc = new Int32Array(pairCount).fill(-1);
  for (let p = 0; p < pairCount; p++) {
    const mentee = problem.pairMentee[p] as number;
    const firstNeed = firstNeedNode[mentee] as number;
    // Every pair of a mentee under the rule owns a node, used or not, so the layout is stable.
    const pairNode = firstNeed < 0 ? -1 : nextPairNode++;
    const c = cost(p);
    if (c === null) continue;
    const target = mentorNode(problem, problem.pairMentor[p] as number);
    if (firstNeed < 0) {
      pairArc[p] = builder.addArc(1 + mentee, target, 1, c);
    } else {
      const needs = problem.pairNeeds?.[p] ?? 0;
      if (needs === 0) continue;
      for (let k = 0; k < 31; k++) {
        if (!(needs & (1 << k))) continue;
        const arc = builder.addArc(firstNeed + k, pairNode, 1, 0);
        if ((pairNeedArc[p] as number) < 0) pairNeedArc[p] = arc;
      }
      pairArc[p] = builder.addArc(pairNode, target, 1, c);
    }
    if (c < (potential[target] as number)) potential[target] = c;
  }
  const sourceArc = new Int32Array(menteeCount);
  const menteeNeedArc = new Int32Array(menteeCount).fill(-1);
  let totalDemand = 0;
  for (let i = 0; i < menteeCount; i++) {
    totalDemand += problem.demand[i] as number;
    sourceArc[i] = builder.addArc(0, 1 + i, problem.demand[i] as number, 0);
    const firstNeed = firstNeedNode[i] as number;
    if (firstNeed < 0) continue;
    for (let k = 0; k < (problem.needCount?.[i] ?? 0); k++) {
      const arc = builder.addArc(1 + i, firstNeed + k, 1, 0);
      if (k === 0) menteeNeedArc[i] = arc;
    }
  }
  const mentorArc = new Int32Array(mentorCount);
  for (let j = 0; j < mentorCount; j++) {
    const node = mentorNode(problem, j);
    mentorArc[j] = builder.addArc(node, sink, problem.capacity[j] as number, 0);
    if ((potential[node] as number) < (potential[sink] as number)) potential[sink] = potential[node] as number;
  }
  const returnArc = builder.addArc(sink, 0, totalDemand, 0);
  // The return arc needs potential[sink] >= potential[source]; nothing else enters the source.
  potential[0] = potential[sink] as number;
  return {
    network: builder.build(),
    source: 0,
    sink,
    pairArc,
    pairNeedArc,
    firstNeedNode,
    sourceArc,
    menteeNeedArc,
    mentorArc,
    returnArc,
    potential,
  };
}

/** The need (bit index) a used pair serves, read off the solved network (-1: none or unused). */
export function servedNeed(problem: MatchingProblem, model: FlowModel, pair: number): number {
  const first = model.pairNeedArc[pair] as number;
  if (first < 0) return -1;
  const needs = problem.pairNeeds?.[pair] ?? 0;
  let arc = first;
  for (let k = 0; k < 31; k++) {
    if (!(needs & (1 << k))) continue;
    if ((model.network.residual[model.network.forward[arc] as number] as number) === 0) return k;
    arc++;
  }
  return -1;
}

export function bitCount(mask: number): number {
  let count = 0;
  for (let v = mask; v; v &= v - 1) count++;
  return count;
}
