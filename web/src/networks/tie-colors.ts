import type { MentoringFunction } from '../../../shared/enums.ts';
import type { NetworkTieKind } from '../../../shared/network-ties.ts';

/** One Mantine color per kind of tie, used by the map, its legend and the grid. */
export const tieKindColors: Record<NetworkTieKind, string> = {
  supervisor: 'indigo',
  senior: 'teal',
  peer: 'orange',
  junior: 'grape',
  family_or_acquaintance: 'pink',
};

/** The CSS variable of a kind's color at a Mantine shade. */
export function tieKindColor(kind: NetworkTieKind, shade = 6): string {
  return `var(--mantine-color-${tieKindColors[kind]}-${shade})`;
}

/** Short names of the functions for the map's labels and the grid's narrow columns. */
export const shortFunctionLabels: Record<MentoringFunction, string> = {
  sponsorship: 'Sponsorship',
  exposure: 'Exposure',
  challenging_assignments: 'Stretch work',
  coaching: 'Coaching',
  protection: 'Protection',
  acceptance: 'Acceptance',
  counseling: 'Counseling',
  friendship: 'Friendship',
  role_modeling: 'Role model',
};
