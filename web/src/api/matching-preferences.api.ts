import {
  MentorsWantedResultSchema,
  MyMatchingPreferencesSchema,
  type MyMatchingPreferences,
  type SaveMatchingPreferences,
} from '../../../shared/schemas/matching-preferences.ts';
import { requestJson } from './client.ts';

export function myPreferencesQueryKey(programId: string) {
  return ['programs', programId, 'matching', 'preferences', 'mine'] as const;
}

const preferencesPath = (programId: string) => `/programs/${encodeURIComponent(programId)}/matching/preferences`;

/** The caller's own picks (as a mentee) and marks (as a mentor) in a program. */
export function fetchMyPreferences(programId: string): Promise<MyMatchingPreferences> {
  return requestJson(`${preferencesPath(programId)}/mine`, MyMatchingPreferencesSchema);
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
