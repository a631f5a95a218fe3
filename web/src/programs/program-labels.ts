import { designChecklistItems, type ProgramRole, type ProgramStatus } from '../../../shared/enums.ts';
import type { DesignChecklist } from '../../../shared/schemas/index.ts';

export const programStatusLabels: Record<ProgramStatus, string> = {
  draft: 'Draft',
  active: 'Active',
  closed: 'Closed',
};

export const programStatusColors: Record<ProgramStatus, string> = {
  draft: 'gray',
  active: 'teal',
  closed: 'dark',
};

/** Plural role names for counts and filters. */
export const programRolePluralLabels: Record<ProgramRole, string> = {
  coordinator: 'Coordinators',
  mentor: 'Mentors',
  mentee: 'Mentees',
  supervisor: 'Supervisors',
};

/** The roles counted on program cards, in reading order. */
export const participantRoles = ['mentor', 'mentee', 'supervisor'] as const satisfies readonly ProgramRole[];

/** How many checklist items are still open (a missing entry counts as open). */
export function countOpenChecklistItems(checklist: Partial<DesignChecklist>): number {
  return designChecklistItems.filter((item) => (checklist[item]?.status ?? 'open') === 'open').length;
}
