import type { MentoringFunction } from '../../../shared/enums.ts';
import { measureCoverage, neededFunctions, type Coverage } from './coverage.ts';
import type { MeasuredTie } from './network-tie.ts';
import { measureRange, type NetworkRange } from './range.ts';
import { measureStrength, type NetworkStrength } from './strength.ts';

export type NetworkMeasures = { coverage: Coverage; range: NetworkRange; strength: NetworkStrength };

/**
 * All three measures of a developmental network, each with its one-line explanation.
 *
 * @example measureNetwork({ fromPlan: ['coaching'], fromProfile: [] }, ties).coverage.gaps
 */
export function measureNetwork(
  needs: { fromPlan: readonly MentoringFunction[]; fromProfile: readonly MentoringFunction[] },
  ties: readonly MeasuredTie[],
): NetworkMeasures {
  return {
    coverage: measureCoverage(neededFunctions(needs.fromPlan, needs.fromProfile), ties),
    range: measureRange(ties),
    strength: measureStrength(ties),
  };
}
