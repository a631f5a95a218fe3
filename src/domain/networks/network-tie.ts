import type { MentoringFunction } from '../../../shared/enums.ts';
import type { NetworkTieKind, TieFrequency } from '../../../shared/network-ties.ts';

/**
 * What the measures need to know about one tie of a developmental network. Open-text
 * attributes (department, organization, profession, culture) are null when unknown; culture is
 * set only when the tie chose to share it. Past ties (closed relationships) are shown but never
 * counted.
 */
export type MeasuredTie = {
  kind: NetworkTieKind;
  insideOrganization: boolean;
  functions: readonly MentoringFunction[];
  closeness: number;
  frequency: TieFrequency;
  department: string | null;
  organization: string | null;
  profession: string | null;
  culture: string | null;
  past: boolean;
};

/**
 * The ties that count today: past ties stay on the map but give no functions now.
 *
 * @example currentTies([{ ...tie, past: true }]) // []
 */
export function currentTies<T extends { past: boolean }>(ties: readonly T[]): T[] {
  return ties.filter((tie) => !tie.past);
}
