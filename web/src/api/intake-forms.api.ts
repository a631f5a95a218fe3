import { IntakeFormSchema, type IntakeForm, type IntakeFormFields } from '../../../shared/schemas/index.ts';
import { ApiError } from './api-error.ts';
import { requestJson } from './client.ts';

export function intakeFormQueryKey(programId: string) {
  return ['programs', programId, 'intake-form'] as const;
}

const intakeFormPath = (programId: string) => `/programs/${encodeURIComponent(programId)}/intake-form`;

/** The program's current intake form, or null when the coordinator has not saved one yet. */
export async function fetchIntakeForm(programId: string): Promise<IntakeForm | null> {
  try {
    return await requestJson(intakeFormPath(programId), IntakeFormSchema);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404 && error.code === 'intake_form_not_found') return null;
    throw error;
  }
}

/** Saves the form as a new version; answers to earlier versions stay readable. */
export function saveIntakeForm(programId: string, body: IntakeFormFields): Promise<IntakeForm> {
  return requestJson(intakeFormPath(programId), IntakeFormSchema, { method: 'PUT', body });
}
