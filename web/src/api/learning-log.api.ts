import {
  LearningLogEntrySchema,
  LearningLogPageSchema,
  type CreateLearningLogEntry,
  type LearningLogEntry,
  type UpdateLearningLogEntry,
} from '../../../shared/schemas/index.ts';
import type { Page } from '../../../shared/schemas/paging.ts';
import { requestJson, requestVoid, toQueryString } from './client.ts';
import { relationshipQueryKey } from './relationships.api.ts';

export type { LearningLogEntry };

/** Query key of the caller's learning log in a relationship. */
export function learningLogQueryKey(relationshipId: string) {
  return [...relationshipQueryKey(relationshipId), 'learning-log'] as const;
}

const logPath = (relationshipId: string) => `/relationships/${encodeURIComponent(relationshipId)}/learning-log`;

/** One page of my entries and my partner's shared ones, newest first. */
export function fetchLearningLogPage(relationshipId: string, cursor?: string): Promise<Page<LearningLogEntry>> {
  return requestJson(`${logPath(relationshipId)}${toQueryString({ cursor })}`, LearningLogPageSchema);
}

export function addLearningLogEntry(relationshipId: string, body: CreateLearningLogEntry): Promise<LearningLogEntry> {
  return requestJson(logPath(relationshipId), LearningLogEntrySchema, { method: 'POST', body });
}

export function updateLearningLogEntry(relationshipId: string, entryId: string, body: UpdateLearningLogEntry): Promise<LearningLogEntry> {
  return requestJson(`${logPath(relationshipId)}/${encodeURIComponent(entryId)}`, LearningLogEntrySchema, { method: 'PATCH', body });
}

export function deleteLearningLogEntry(relationshipId: string, entryId: string): Promise<void> {
  return requestVoid(`${logPath(relationshipId)}/${encodeURIComponent(entryId)}`, { method: 'DELETE' });
}
