import {
  designChecklistItems,
  type MentoringApproach,
  programRoles,
  type ProgramRole,
  type ProgramStatus,
  type ProgramType,
} from '../../shared/enums.ts';
import type { ChecklistEntry, DesignChecklist } from '../../shared/schemas/programs.ts';
import type { FieldIssue } from './errors.ts';

export type Program = {
  id: string;
  organizationId: string;
  name: string;
  type: ProgramType;
  status: ProgramStatus;
  purpose: string;
  organizationalGoals: string;
  startsOn: string | null;
  endsOn: string | null;
  designChecklist: DesignChecklist;
  intendedApproach: MentoringApproach | null;
  menteeLimit: number | null;
  selectionCriteria: string[];
  intakeFormVersion: number | null;
  /** The coordinator's matching rules as stored; parsed (with defaults) where they are used. */
  matchingRules: Record<string, unknown> | null;
  createdById: string;
  createdAt: Date;
  updatedAt: Date;
};

export type EnrolmentCounts = Record<ProgramRole, number>;

/** @example emptyEnrolmentCounts() // { coordinator: 0, mentor: 0, mentee: 0, supervisor: 0 } */
export function emptyEnrolmentCounts(): EnrolmentCounts {
  return Object.fromEntries(programRoles.map((role) => [role, 0])) as EnrolmentCounts;
}

const openEntry: ChecklistEntry = { status: 'open', answer: '' };

/**
 * Completes a partial design checklist: every item is present, unanswered ones are open.
 * An item marked answered with no text is treated as open, so "answered" always means answered.
 *
 * @example completeDesignChecklist({ purpose: { status: 'answered', answer: 'Grow leaders' } })
 */
export function completeDesignChecklist(partial: Partial<DesignChecklist>): DesignChecklist {
  return Object.fromEntries(
    designChecklistItems.map((item) => {
      const entry = partial[item] ?? openEntry;
      const answered = entry.status === 'answered' && entry.answer.trim().length > 0;
      return [item, { status: answered ? 'answered' : 'open', answer: entry.answer }];
    }),
  ) as DesignChecklist;
}

/** How many checklist items are still open. @example countOpenChecklistItems(checklist) // 4 */
export function countOpenChecklistItems(checklist: DesignChecklist): number {
  return designChecklistItems.filter((item) => checklist[item].status === 'open').length;
}

/**
 * Checks the rules that span fields: a program cannot end before it starts.
 *
 * @example findProgramDateIssues({ startsOn: '2027-02-01', endsOn: '2027-01-01' }) // [{ field: 'endsOn', … }]
 */
export function findProgramDateIssues(dates: { startsOn: string | null; endsOn: string | null }): FieldIssue[] {
  if (dates.startsOn && dates.endsOn && dates.endsOn < dates.startsOn) {
    return [{ field: 'endsOn', message: 'must be on or after startsOn' }];
  }
  return [];
}

/** Whether people can apply now: the program is active and has an intake form. */
export function isOpenForApplications(program: Pick<Program, 'status' | 'intakeFormVersion'>): boolean {
  return program.status === 'active' && program.intakeFormVersion !== null;
}
