import type { TieFrequency } from '../../../shared/network-ties.ts';
import { currentTies, type MeasuredTie } from './network-tie.ts';

/** How much each frequency adds to a tie's strength (weekly talks make the strongest ties). */
export const frequencyWeights: Record<TieFrequency, number> = { weekly: 1, monthly: 0.75, quarterly: 0.5, yearly: 0.25, rarely: 0 };

export type StrengthLevel = 'strong' | 'moderate' | 'weak';

export type NetworkStrength = {
  /** Mean strength of the current ties, 0-1 (null with no current ties). */
  overall: number | null;
  strongTies: number;
  weakTies: number;
  explanation: string;
};

/**
 * A tie's strength, 0-1: closeness (1-5) and frequency count half each (seed 000: close
 * emotional affect and more communication make a tie stronger).
 *
 * @example tieStrength({ closeness: 5, frequency: 'weekly' }) // 1
 */
export function tieStrength(tie: Pick<MeasuredTie, 'closeness' | 'frequency'>): number {
  const closeness = (Math.min(5, Math.max(1, tie.closeness)) - 1) / 4;
  return Math.round((closeness * 0.5 + frequencyWeights[tie.frequency] * 0.5) * 100) / 100;
}

/**
 * The word for a strength: strong from 0.7, moderate from 0.4, else weak.
 *
 * @example strengthLevel(0.75) // 'strong'
 */
export function strengthLevel(strength: number): StrengthLevel {
  if (strength >= 0.7) return 'strong';
  if (strength >= 0.4) return 'moderate';
  return 'weak';
}

/**
 * Overall strength of the current ties: their mean, with counts of strong and weak ones.
 *
 * @example measureStrength([{ ...tie, closeness: 5, frequency: 'weekly' }]).overall // 1
 */
export function measureStrength(ties: readonly MeasuredTie[]): NetworkStrength {
  const strengths = currentTies(ties).map(tieStrength);
  if (strengths.length === 0)
    return {
      overall: null,
      strongTies: 0,
      weakTies: 0,
      explanation: 'Strength combines how close you are and how often you talk; add ties to see it.',
    };
  const overall = Math.round((strengths.reduce((sum, value) => sum + value, 0) / strengths.length) * 100) / 100;
  const strongTies = strengths.filter((value) => strengthLevel(value) === 'strong').length;
  const weakTies = strengths.filter((value) => strengthLevel(value) === 'weak').length;
  const weakText = weakTies > 0 ? `; ${weakTies} weak: talking more often would strengthen them` : '';
  return {
    overall,
    strongTies,
    weakTies,
    explanation: `Strength ${Math.round(overall * 100)}%, from how close you are and how often you talk: ${strongTies} of ${strengths.length} ties are strong${weakText}.`,
  };
}
