import {
  EnrolmentListSchema,
  EnrolmentSchema,
  ProgramListSchema,
  ProgramSchema,
  type CreateEnrolment,
  type CreateProgram,
  type DirectoryEnrolment,
  type Enrolment,
  type Program,
  type UpdateProgram,
} from '../../../shared/schemas/index.ts';
import { requestJson } from './client.ts';

export const programsQueryKey = ['programs'] as const;

export function programQueryKey(programId: string) {
  return ['programs', programId] as const;
}

export function enrolmentsQueryKey(programId: string) {
  return ['programs', programId, 'enrolments'] as const;
}

const programPath = (programId: string) => `/programs/${encodeURIComponent(programId)}`;

export async function fetchPrograms(): Promise<Program[]> {
  const { programs } = await requestJson('/programs', ProgramListSchema);
  return programs;
}

export function fetchProgram(programId: string): Promise<Program> {
  return requestJson(programPath(programId), ProgramSchema);
}

export function createProgram(body: CreateProgram): Promise<Program> {
  return requestJson('/programs', ProgramSchema, { method: 'POST', body });
}

export function updateProgram(programId: string, body: UpdateProgram): Promise<Program> {
  return requestJson(programPath(programId), ProgramSchema, { method: 'PATCH', body });
}

export async function fetchEnrolments(programId: string): Promise<DirectoryEnrolment[]> {
  const { enrolments } = await requestJson(`${programPath(programId)}/enrolments`, EnrolmentListSchema);
  return enrolments;
}

export function enrolPerson(programId: string, body: CreateEnrolment): Promise<Enrolment> {
  return requestJson(`${programPath(programId)}/enrolments`, EnrolmentSchema, { method: 'POST', body });
}

export function withdrawEnrolment(programId: string, enrolmentId: string): Promise<Enrolment> {
  return requestJson(`${programPath(programId)}/enrolments/${encodeURIComponent(enrolmentId)}`, EnrolmentSchema, {
    method: 'DELETE',
  });
}

export const openProgramsQueryKey = ['programs', 'open'] as const;

/** Active programs with an intake form: open for applications and visible to every member. */
export async function fetchOpenPrograms(): Promise<Program[]> {
  const { programs } = await requestJson('/programs/open', ProgramListSchema);
  return programs;
}
