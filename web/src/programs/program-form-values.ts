import { designChecklistItems, type MentoringApproach, type ProgramStatus, type ProgramType } from '../../../shared/enums.ts';
import { limits } from '../../../shared/limits.ts';
import type { CreateProgram, DesignChecklist, Program } from '../../../shared/schemas/index.ts';

/** What the program form edits; dates are YYYY-MM-DD strings, empty when not set. */
export interface ProgramFormValues {
  name: string;
  type: ProgramType;
  status: ProgramStatus;
  purpose: string;
  organizationalGoals: string;
  startsOn: string;
  endsOn: string;
  designChecklist: DesignChecklist;
  intendedApproach: MentoringApproach | null;
  /** Empty when the program takes any number of mentees. */
  menteeLimit: number | '';
  selectionCriteria: string[];
}

function emptyChecklist(): DesignChecklist {
  const entries = designChecklistItems.map((item) => [item, { status: 'open', answer: '' }] as const);
  return Object.fromEntries(entries) as DesignChecklist;
}

export function emptyProgramValues(): ProgramFormValues {
  return {
    name: '',
    type: 'one_to_one',
    status: 'draft',
    purpose: '',
    organizationalGoals: '',
    startsOn: '',
    endsOn: '',
    designChecklist: emptyChecklist(),
    intendedApproach: null,
    menteeLimit: '',
    selectionCriteria: [],
  };
}

export function programToFormValues(program: Program): ProgramFormValues {
  return {
    name: program.name,
    type: program.type,
    status: program.status,
    purpose: program.purpose,
    organizationalGoals: program.organizationalGoals,
    startsOn: program.startsOn ?? '',
    endsOn: program.endsOn ?? '',
    designChecklist: { ...emptyChecklist(), ...program.designChecklist },
    intendedApproach: program.intendedApproach,
    menteeLimit: program.menteeLimit ?? '',
    selectionCriteria: program.selectionCriteria,
  };
}

/** The request body for both create and update (update accepts the same full shape). */
export function formValuesToProgramBody(values: ProgramFormValues): CreateProgram & { designChecklist: DesignChecklist } {
  return {
    name: values.name.trim(),
    type: values.type,
    status: values.status,
    purpose: values.purpose.trim(),
    organizationalGoals: values.organizationalGoals.trim(),
    startsOn: values.startsOn || null,
    endsOn: values.endsOn || null,
    designChecklist: values.designChecklist,
    intendedApproach: values.intendedApproach,
    menteeLimit: values.menteeLimit === '' ? null : values.menteeLimit,
    selectionCriteria: values.selectionCriteria,
  };
}

/** Fields the server may name in validation errors, as form paths. */
export const programFormFields: readonly string[] = [
  'name',
  'type',
  'status',
  'purpose',
  'organizationalGoals',
  'startsOn',
  'endsOn',
  'intendedApproach',
  'menteeLimit',
  'selectionCriteria',
  ...designChecklistItems.flatMap((item) => [`designChecklist.${item}.answer`, `designChecklist.${item}.status`]),
];

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Client-side checks mirroring the API's, so mistakes show before a round trip. */
export const programFormValidation = {
  name: (value: string) => {
    if (!value.trim()) return 'Give the program a name';
    return value.trim().length > limits.nameMax ? `Use at most ${limits.nameMax} characters` : null;
  },
  purpose: (value: string) => (value.length > limits.longTextMax ? `Use at most ${limits.longTextMax} characters` : null),
  organizationalGoals: (value: string) => (value.length > limits.longTextMax ? `Use at most ${limits.longTextMax} characters` : null),
  startsOn: (value: string) => (value && !isoDate.test(value) ? 'Enter a date as YYYY-MM-DD' : null),
  menteeLimit: (value: number | '') =>
    value !== '' && (!Number.isInteger(value) || value < 1 || value > 100_000)
      ? 'Enter a whole number from 1 to 100000, or leave it empty'
      : null,
  selectionCriteria: (value: string[]) => {
    if (value.length > 20) return 'Use at most 20 criteria';
    return value.some((criterion) => criterion.length > 200) ? 'Keep each criterion under 200 characters' : null;
  },
  endsOn: (value: string, values: ProgramFormValues) => {
    if (value && !isoDate.test(value)) return 'Enter a date as YYYY-MM-DD';
    if (value && values.startsOn && value < values.startsOn) return 'The end date cannot be before the start date';
    return null;
  },
};
