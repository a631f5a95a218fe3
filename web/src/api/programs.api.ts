import {
  EnrolmentPageSchema,
  EnrolmentSchema,
  EnrolmentStatusCountsSchema,
  ProgramListSchema,
  ProgramPageSchema,
  ProgramSchema,
  type CreateEnrolment,
  type CreateProgram,
  type Enrolment,
  type EnrolmentPage,
  type EnrolmentQuery,
  type EnrolmentStatusCounts,
  type Program,
  type ProgramPage,
  type ProgramQuery,
  type UpdateProgram,
} from '../../../shared/schemas/index.ts';
import { requestJson, toQueryString } from './client.ts';

export const programsQueryKey = ['programs'] as const;

export function programQueryKey(programId: string) {
  return ['programs', programId] as const;
}

/** The roster's filters (everything of GET /programs/{id}/enrolments but the paging). */
export type EnrolmentFilters = Partial<Pick<EnrolmentQuery, 'status' | 'role' | 'department' | 'q'>>;

export function enrolmentsQueryKey(programId: string, filters: EnrolmentFilters = {}) {
  return ['programs', programId, 'enrolments', filters] as const;
}

export function enrolmentCountsQueryKey(programId: string) {
  return ['programs', programId, 'enrolment-counts'] as const;
}

const programPath = (programId: string) => `/programs/${encodeURIComponent(programId)}`;

/** The programs list's filters (everything of GET /programs but the paging). */
export type ProgramFilters = Pick<ProgramQuery, 'q' | 'status'>;

/** One page of the programs the signed-in person can see, by name. */
export function fetchProgramsPage(filters: ProgramFilters, cursor?: string, limit = 50): Promise<ProgramPage> {
  return requestJson(`/programs${toQueryString({ ...filters, q: filters.q?.trim() || undefined, cursor, limit })}`, ProgramPageSchema);
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

/** One page of a program's roster, by name: the first without a cursor, the next with the previous page's nextCursor. */
export function fetchEnrolmentsPage(programId: string, filters: EnrolmentFilters, cursor?: string, limit = 50): Promise<EnrolmentPage> {
  const query = toQueryString({ ...filters, q: filters.q?.trim(), cursor, limit });
  return requestJson(`${programPath(programId)}/enrolments${query}`, EnrolmentPageSchema);
}

/** A program's enrolments counted by status and role. */
export function fetchEnrolmentCounts(programId: string): Promise<EnrolmentStatusCounts> {
  return requestJson(`${programPath(programId)}/enrolments/counts`, EnrolmentStatusCountsSchema);
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
