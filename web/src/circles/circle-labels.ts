import type { CircleUnplacedReason } from '../../../shared/schemas/circles.ts';

/** Why someone is in no proposed circle, in plain words. */
export const circleUnplacedLabels: Record<CircleUnplacedReason, string> = {
  no_feasible_circle: 'Every circle has a mentor they may not be paired with (a required rule or a conflict)',
  circles_full: 'Every circle they could join is full',
  too_few_people: 'Too few people for a circle of the minimum size',
  capacity_exhausted: 'No capacity left (a circle takes one place)',
  not_needed: 'Not needed: more mentors than circles need',
};

/** A 0–1 affinity as a whole percentage; a dash when unknown. */
export function formatAffinity(affinity: number | null | undefined): string {
  return affinity === null || affinity === undefined ? '—' : `${Math.round(affinity * 100)}%`;
}
