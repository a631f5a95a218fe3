import type { z } from 'zod';
import type { ApplicationRole } from '../../../shared/enums.ts';
import type { Page } from '../../../shared/schemas/paging.ts';
import {
  ApplicationPageSchema,
  ApplicationSchema,
  BulkDecisionResultSchema,
  InterviewListSchema,
  InterviewSchema,
  type Answers,
  type Application,
  type BulkDecisionSchema,
  type ProgramApplicationQuery,
  type DecideApplicationSchema,
  type SaveInterviewSchema,
} from '../../../shared/schemas/index.ts';
import { requestJson, toQueryString } from './client.ts';

export type ApplicationDecision = z.input<typeof DecideApplicationSchema>['decision'];
export type DecideApplication = z.input<typeof DecideApplicationSchema>;
export type BulkDecision = z.input<typeof BulkDecisionSchema>;
export type BulkDecisionResult = z.infer<typeof BulkDecisionResultSchema>;
export type SaveInterview = z.input<typeof SaveInterviewSchema>;
export type Interview = z.infer<typeof InterviewSchema>;

export const myApplicationsQueryKey = ['applications', 'mine'] as const;

/** The filters and order a program's applications are asked for. */
export type ProgramApplicationFilters = Partial<Omit<ProgramApplicationQuery, 'limit' | 'cursor'>>;

export function programApplicationsQueryKey(programId: string, filters: ProgramApplicationFilters = {}) {
  return ['applications', 'program', programId, filters] as const;
}

export function applicationQueryKey(applicationId: string) {
  return ['applications', applicationId] as const;
}

export function interviewsQueryKey(applicationId: string) {
  return ['applications', applicationId, 'interviews'] as const;
}

const programPath = (programId: string) => `/programs/${encodeURIComponent(programId)}`;
const applicationPath = (applicationId: string) => `/applications/${encodeURIComponent(applicationId)}`;

/** All of one's own applications (a person has a few, one per program at most per role), page after page. */
export async function fetchMyApplications(): Promise<Application[]> {
  const applications: Application[] = [];
  let cursor: string | undefined;
  do {
    const page = await requestJson(`/me/applications${toQueryString({ limit: 500, cursor })}`, ApplicationPageSchema);
    applications.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return applications;
}

/** Saves one's own application as a draft; `submit: true` submits it. */
export function saveMyApplication(
  programId: string,
  body: { role: ApplicationRole; answers: Answers; submit: boolean },
): Promise<Application> {
  return requestJson(`${programPath(programId)}/my-application`, ApplicationSchema, { method: 'PUT', body });
}

export function withdrawApplication(applicationId: string): Promise<Application> {
  return requestJson(`${applicationPath(applicationId)}/withdraw`, ApplicationSchema, { method: 'POST' });
}

/** One page of a program's applications (coordinators). */
export function fetchProgramApplicationPage(
  programId: string,
  filters: ProgramApplicationFilters,
  cursor?: string,
): Promise<Page<Application>> {
  const query = toQueryString({ ...filters, q: filters.q?.trim(), cursor });
  return requestJson(`${programPath(programId)}/applications${query}`, ApplicationPageSchema);
}

export function fetchApplication(applicationId: string): Promise<Application> {
  return requestJson(applicationPath(applicationId), ApplicationSchema);
}

export function decideApplication(applicationId: string, body: DecideApplication): Promise<Application> {
  return requestJson(`${applicationPath(applicationId)}/decision`, ApplicationSchema, { method: 'POST', body });
}

export function decideApplications(programId: string, body: BulkDecision): Promise<BulkDecisionResult> {
  return requestJson(`${programPath(programId)}/applications/bulk-decision`, BulkDecisionResultSchema, {
    method: 'POST',
    body,
  });
}

export function inviteToApply(programId: string, body: { personId: string; role: ApplicationRole }): Promise<Application> {
  return requestJson(`${programPath(programId)}/applications/invitations`, ApplicationSchema, { method: 'POST', body });
}

export function saveSelectionChecklist(applicationId: string, selectionChecklist: Record<string, boolean>): Promise<Application> {
  return requestJson(`${applicationPath(applicationId)}/selection-checklist`, ApplicationSchema, {
    method: 'PUT',
    body: { selectionChecklist },
  });
}

export async function fetchInterviews(applicationId: string): Promise<Interview[]> {
  const { interviews } = await requestJson(`${applicationPath(applicationId)}/interviews`, InterviewListSchema);
  return interviews;
}

export function createInterview(applicationId: string, body: SaveInterview): Promise<Interview> {
  return requestJson(`${applicationPath(applicationId)}/interviews`, InterviewSchema, { method: 'POST', body });
}

export function updateInterview(applicationId: string, interviewId: string, body: SaveInterview): Promise<Interview> {
  return requestJson(`${applicationPath(applicationId)}/interviews/${encodeURIComponent(interviewId)}`, InterviewSchema, {
    method: 'PATCH',
    body,
  });
}

/** Where the browser downloads a program's applications as CSV (the session cookie goes along). */
export function applicationsExportUrl(programId: string): string {
  return `/api/v1${programPath(programId)}/applications/export.csv`;
}
