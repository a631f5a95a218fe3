import {
  MentorsWantedResultSchema,
  MyMatchingPreferencesSchema,
  type MyMatchingPreferences,
  PreferenceCandidatePageSchema,
  type SaveMatchingPreferences,
} from '../../../shared/schemas/matching-preferences.ts';
import { requestJson, toQueryString } from './client.ts';

export function myPreferencesQueryKey(programId: string) {
  return ['programs', programId, 'matching', 'preferences', 'mine'] as const;
}

const preferencesPath = (programId: string) => `/programs/${encodeURIComponent(programId)}/matching/preferences`;

/** The caller's own picks (as a mentee) and marks (as a mentor) in a program. */
export function fetchMyPreferences(programId: string): Promise<MyMatchingPreferences> {
  return requestJson(`${preferencesPath(programId)}/mine`, MyMatchingPreferencesSchema);
}

export function preferenceCandidatesQueryKey(programId: string, side: 'mentor' | 'mentee', q: string) {
  return ['programs', programId, 'matching', 'preferences', 'candidates', side, q] as const;
}

/** A page of the people the caller may pick (side mentor) or mark (side mentee), by name, searched by `q`. */
export function fetchPreferenceCandidates(programId: string, side: 'mentor' | 'mentee', q: string, limit: number, cursor?: string) {
  return requestJson(`${preferencesPath(programId)}/candidates${toQueryString({ side, q, limit, cursor })}`, PreferenceCandidatePageSchema);
}

/** Replaces the lists given (picks, marks); the answer is the caller's preferences as stored. */
export function saveMyPreferences(programId: string, body: SaveMatchingPreferences): Promise<MyMatchingPreferences> {
  return requestJson(`${preferencesPath(programId)}/mine`, MyMatchingPreferencesSchema, { method: 'PUT', body });
}

export function saveMentorsWanted(programId: string, personId: string, mentorsWanted: number) {
  return requestJson(
    `/programs/${encodeURIComponent(programId)}/mentees/${encodeURIComponent(personId)}/mentors-wanted`,
    MentorsWantedResultSchema,
    { method: 'PUT', body: { mentorsWanted } },
  );
}
