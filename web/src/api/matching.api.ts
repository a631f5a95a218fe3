import type { z } from 'zod';
import {
  MatchingOverrideListSchema,
  MatchingOverrideSchema,
  MatchingRulesSchema,
  MatchingRunSchema,
  LatestMatchingRunSchema,
  MentorSuggestionListSchema,
  PublishResultSchema,
  RelationshipListSchema,
  type CreateMatchingOverride,
  type MatchingRules,
  type MatchingRulesChange,
  type MatchingRun,
  type StartMatchingRun,
} from '../../../shared/schemas/index.ts';
import { requestJson, requestVoid } from './client.ts';

export type MatchingOverride = z.infer<typeof MatchingOverrideSchema>;
export type PublishResult = z.infer<typeof PublishResultSchema>;
export type MentorSuggestion = z.infer<typeof MentorSuggestionListSchema>['suggestions'][number];
export type RelationshipSummary = z.infer<typeof RelationshipListSchema>['relationships'][number];

export function matchingRulesQueryKey(programId: string) {
  return ['programs', programId, 'matching', 'rules'] as const;
}

export function latestRunQueryKey(programId: string) {
  return ['programs', programId, 'matching', 'latest-run'] as const;
}

export function matchingRunQueryKey(runId: string) {
  return ['matching-runs', runId] as const;
}

export function overridesQueryKey(programId: string) {
  return ['programs', programId, 'matching', 'overrides'] as const;
}

export function suggestionsQueryKey(programId: string) {
  return ['programs', programId, 'matching', 'suggestions'] as const;
}

export function relationshipsQueryKey(programId: string) {
  return ['programs', programId, 'relationships'] as const;
}

const matchingPath = (programId: string) => `/programs/${encodeURIComponent(programId)}/matching`;
const runPath = (runId: string) => `/matching-runs/${encodeURIComponent(runId)}`;

export function fetchMatchingRules(programId: string): Promise<MatchingRules> {
  return requestJson(`${matchingPath(programId)}/rules`, MatchingRulesSchema);
}

/** Saves the rules sent; the fields left out keep their saved values. */
export function saveMatchingRules(programId: string, body: MatchingRulesChange): Promise<MatchingRules> {
  return requestJson(`${matchingPath(programId)}/rules`, MatchingRulesSchema, { method: 'PUT', body });
}

export function startMatchingRun(programId: string, body: StartMatchingRun): Promise<MatchingRun> {
  return requestJson(`${matchingPath(programId)}/runs`, MatchingRunSchema, { method: 'POST', body });
}

export function fetchMatchingRun(runId: string): Promise<MatchingRun> {
  return requestJson(runPath(runId), MatchingRunSchema);
}

/** The program's most recent run, or null when matching never ran. */
export async function fetchLatestRun(programId: string): Promise<MatchingRun | null> {
  const { run } = await requestJson(`${matchingPath(programId)}/runs/latest`, LatestMatchingRunSchema);
  return run;
}

export async function fetchOverrides(programId: string): Promise<MatchingOverride[]> {
  const { overrides } = await requestJson(`${matchingPath(programId)}/overrides`, MatchingOverrideListSchema);
  return overrides;
}

export function createOverride(programId: string, body: CreateMatchingOverride): Promise<MatchingOverride> {
  return requestJson(`${matchingPath(programId)}/overrides`, MatchingOverrideSchema, { method: 'POST', body });
}

export function deleteOverride(programId: string, overrideId: string): Promise<void> {
  return requestVoid(`${matchingPath(programId)}/overrides/${encodeURIComponent(overrideId)}`, { method: 'DELETE' });
}

export function publishRun(runId: string): Promise<PublishResult> {
  return requestJson(`${runPath(runId)}/publish`, PublishResultSchema, { method: 'POST' });
}

export async function fetchSuggestions(programId: string): Promise<MentorSuggestion[]> {
  const { suggestions } = await requestJson(`${matchingPath(programId)}/suggestions`, MentorSuggestionListSchema);
  return suggestions;
}

export async function fetchRelationships(programId: string): Promise<RelationshipSummary[]> {
  const { relationships } = await requestJson(`/programs/${encodeURIComponent(programId)}/relationships`, RelationshipListSchema);
  return relationships;
}
