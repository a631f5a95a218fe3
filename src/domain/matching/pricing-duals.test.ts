import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { buildFlowModel, mentorNode } from './flow-model.ts';
import { solveByCostScaling } from './cost-scaling.ts';
import { countReducedCostViolations } from './min-cost-flow.ts';
import { pairCost } from './optimal-assignment.ts';
import { settlePricingDuals } from './pricing-duals.ts';
import { smallProblems } from '../../testing/matching-instances.ts';

const instance = smallProblems({ mentees: 6, mentors: 4, demand: 2, capacity: 2, pairs: 14 });

/** The same instances, with a need count per mentee and the needs each pair covers (the distinct-needs rule). */
const withNeeds = instance.chain((problem) =>
  fc
    .record({
      needCount: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: problem.menteeIds.length, maxLength: problem.menteeIds.length }),
      pairNeeds: fc.array(fc.nat(7), { minLength: problem.pairScore.length, maxLength: problem.pairScore.length }),
    })
    .map(({ needCount, pairNeeds }) => ({ ...problem, needCount: Int32Array.from(needCount), pairNeeds: Int32Array.from(pairNeeds) })),
);

test('settled duals stay a certificate, give unmatched mentees no surplus and price every mentor as high as the optimum allows', () => {
  fc.assert(
    fc.property(fc.oneof(instance, withNeeds), (problem) => {
      const model = buildFlowModel(problem, (p) => pairCost(problem.pairScore[p] as number, 0));
      assert.ok(solveByCostScaling(model.network, model.potential).exact, 'cost scaling solves it without falling back');
      const menteeCount = problem.menteeIds.length;
      settlePricingDuals(model.network, model.potential, model.sink, (v) => v > 0 && (v <= menteeCount || v > model.sink));
      const { network, potential } = model;
      assert.equal(countReducedCostViolations(network, potential), 0);
      const reduced = (a: number): number =>
        (network.cost[a] as number) +
        (potential[network.head[network.mate[a] as number] as number] as number) -
        (potential[network.head[a] as number] as number);
      // A mentee with an open slot (its source arc not saturated) has exactly the source's potential: no surplus.
      for (let i = 0; i < menteeCount; i++) {
        const sourceArc = network.forward[model.sourceArc[i] as number] as number;
        if ((network.residual[sourceArc] as number) > 0) assert.equal(potential[1 + i], potential[model.source]);
      }
      // Every mentor with places has a potential as low as it can go: some residual arc out of it is tight.
      for (let j = 0; j < problem.mentorIds.length; j++) {
        if ((problem.capacity[j] as number) === 0) continue;
        const node = mentorNode(problem, j);
        let tight = false;
        for (let a = network.start[node] as number; a < (network.start[node + 1] as number); a++) {
          if ((network.residual[a] as number) > 0 && reduced(a) === 0) tight = true;
        }
        assert.ok(tight, `mentor ${j} could be priced higher`);
      }
    }),
    { numRuns: 400 },
  );
});
