import type { z } from 'zod';
import {
  MatchingOverridePageSchema,
  MatchingOverrideSchema,
  MatchingRulesSchema,
  MatchingRunSchema,
  LatestMatchingRunSchema,
  MatchingProposalPageSchema,
  MatchingRunCirclePageSchema,
  UnmatchedMenteePageSchema,
  MentorSuggestionListSchema,
  PublishResultSchema,
  type CreateMatchingOverride,
  type MatchingOverridePageQuery,
  type MatchingRules,
  type MatchingRulesChange,
  type MatchingProposal,
  type MatchingProposalPageQuery,
  type MatchingRun,
  type StartMatchingRun,
} from '../../../shared/schemas/index.ts';
import type { Page } from '../../../shared/schemas/paging.ts';
import { requestJson, requestVoid, toQueryString } from './client.ts';

export type UnmatchedMentee = z.infer<typeof UnmatchedMenteePageSchema>['items'][number];
/** The review's filters of a run's proposals (the page's limit and cursor aside). */
export type ProposalFilters = Partial<Omit<MatchingProposalPageQuery, 'limit' | 'cursor'>>;
export type MatchingOverride = z.infer<typeof MatchingOverrideSchema>;
/** The overrides list's filters (the page's limit and cursor aside). */
export type OverrideFilters = Partial<Pick<MatchingOverridePageQuery, 'kind' | 'q'>>;
export type PublishResult = z.infer<typeof PublishResultSchema>;
export type MentorSuggestion = z.infer<typeof MentorSuggestionListSchema>['suggestions'][number];

export function matchingRulesQueryKey(programId: string) {
  return ['programs', programId, 'matching', 'rules'] as const;
}

export function latestRunQueryKey(programId: string) {
  return ['programs', programId, 'matching', 'latest-run'] as const;
}

export function matchingRunQueryKey(runId: string) {
  return ['matching-runs', runId] as const;
}

/** One run's proposals under some filters; every page of the run starts with `['matching-runs', runId]`. */
export function runProposalsQueryKey(runId: string, filters: ProposalFilters, limit: number) {
  return ['matching-runs', runId, 'proposals', { ...filters, limit }] as const;
}

export function runUnmatchedQueryKey(runId: string, q: string) {
  return ['matching-runs', runId, 'unmatched', { q }] as const;
}

/** The prefix of every query of a program's overrides (adding or removing one refreshes them all). */
export function overridesQueryKey(programId: string) {
  return ['programs', programId, 'matching', 'overrides'] as const;
}

export function overridePagesQueryKey(programId: string, filters: OverrideFilters, limit: number) {
  return [...overridesQueryKey(programId), filters, limit] as const;
}

export function suggestionsQueryKey(programId: string) {
  return ['programs', programId, 'matching', 'suggestions'] as const;
}

/** The prefix of every query of a program's relationships (publishing refreshes them all). */
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

/** Stops a running run: nothing of it is kept. */
export function cancelMatchingRun(runId: string): Promise<MatchingRun> {
  return requestJson(`${runPath(runId)}/cancel`, MatchingRunSchema, { method: 'POST' });
}

export function fetchMatchingRun(runId: string): Promise<MatchingRun> {
  return requestJson(runPath(runId), MatchingRunSchema);
}

/** One page of a run's proposed pairs, filtered and sorted by the server. */
export function fetchProposalPage(
  runId: string,
  filters: ProposalFilters,
  limit: number,
  cursor?: string,
): Promise<Page<MatchingProposal>> {
  return requestJson(`${runPath(runId)}/proposals${toQueryString({ ...filters, limit, cursor })}`, MatchingProposalPageSchema);
}

/** One page of the mentees a run left without (enough) mentors. */
export function fetchUnmatchedPage(runId: string, q: string, cursor?: string, limit?: number): Promise<Page<UnmatchedMentee>> {
  return requestJson(`${runPath(runId)}/unmatched${toQueryString({ q, cursor, limit })}`, UnmatchedMenteePageSchema);
}

export function runCirclesQueryKey(runId: string, q: string) {
  return ['matching-runs', runId, 'circles', { q }] as const;
}

/** One page of a large group run's circles, by name. */
export function fetchRunCirclePage(runId: string, q: string, limit: number, cursor?: string) {
  return requestJson(`${runPath(runId)}/circles${toQueryString({ q, limit, cursor })}`, MatchingRunCirclePageSchema);
}

/** The program's most recent run, or null when matching never ran. */
export async function fetchLatestRun(programId: string): Promise<MatchingRun | null> {
  const { run } = await requestJson(`${matchingPath(programId)}/runs/latest`, LatestMatchingRunSchema);
  return run;
}

/** One page of the program's overrides: locks, then forbidden pairs, then people left out, newest first within each. */
export function fetchOverridePage(
  programId: string,
  filters: OverrideFilters,
  limit: number,
  cursor?: string,
): Promise<Page<MatchingOverride>> {
  return requestJson(`${matchingPath(programId)}/overrides${toQueryString({ ...filters, limit, cursor })}`, MatchingOverridePageSchema);
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
