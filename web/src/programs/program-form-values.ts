import { designChecklistItems, type ProgramStatus, type ProgramType } from '../../../shared/enums.ts';
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
  organizationalGoals: (value: string) =>
    value.length > limits.longTextMax ? `Use at most ${limits.longTextMax} characters` : null,
  startsOn: (value: string) => (value && !isoDate.test(value) ? 'Enter a date as YYYY-MM-DD' : null),
  endsOn: (value: string, values: ProgramFormValues) => {
    if (value && !isoDate.test(value)) return 'Enter a date as YYYY-MM-DD';
    if (value && values.startsOn && value < values.startsOn) return 'The end date cannot be before the start date';
    return null;
  },
};
