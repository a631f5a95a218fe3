import type { GoalStatus, RelationshipDetail, SmartWarning } from '../../../../shared/schemas/index.ts';

/** Each SMART field: its letter, its label in the form, and what to write there. */
export const smartFields: Array<{ field: SmartWarning['field']; letter: SmartWarning['letter']; label: string; description: string }> = [
  { field: 'specific', letter: 'S', label: 'Specific outcome', description: 'What you will be able to do, or will have done.' },
  { field: 'measure', letter: 'M', label: 'Measure of success', description: 'How you will both know it is done.' },
  { field: 'achievable', letter: 'A', label: 'Why it is achievable', description: 'The time, help and experience you have for it.' },
  {
    field: 'relevant',
    letter: 'R',
    label: 'Relevance to the career plan',
    description: 'Why this goal matters for where you are heading.',
  },
  { field: 'dueOn', letter: 'T', label: 'Due date', description: 'When it should be done.' },
];

export const goalStatusLabels: Record<GoalStatus, string> = { active: 'Active', met: 'Met', dropped: 'Dropped' };
export const goalStatusColors: Record<GoalStatus, string> = { active: 'indigo', met: 'teal', dropped: 'gray' };

/** "You" for the viewer, otherwise the person's name, for one of the pair. */
export function nameOfPairMember(relationship: RelationshipDetail, personId: string): string {
  const viewer =
    relationship.viewerRole === 'mentor' ? relationship.mentor : relationship.viewerRole === 'mentee' ? relationship.mentee : null;
  if (viewer?.id === personId) return 'You';
  if (relationship.mentor.id === personId) return relationship.mentor.name;
  if (relationship.mentee.id === personId) return relationship.mentee.name;
  return 'Someone';
}
