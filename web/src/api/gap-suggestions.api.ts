import type { MentoringFunction } from '../../../shared/enums.ts';
import { MyGapSuggestionsSchema, type GapSuggestion, type MyGapSuggestions } from '../../../shared/schemas/index.ts';
import { myNetworkQueryKey } from './networks.api.ts';
import { requestJson } from './client.ts';

export type { GapSuggestion, MyGapSuggestions };

/** Query key of the suggestions for my gaps: under my network's key, so whatever refreshes the network refreshes them. */
export const myGapSuggestionsQueryKey = [...myNetworkQueryKey, 'suggestions'] as const;

export function fetchMyGapSuggestions(): Promise<MyGapSuggestions> {
  return requestJson('/me/network/suggestions', MyGapSuggestionsSchema);
}

/** Where "Ask for help" leads: the request form, with the mentor, the need and its mentoring function filled in. */
export function askForHelpPath(mentorId: string, needLabel: string, fn: MentoringFunction): string {
  return `/requests/new?${new URLSearchParams({ mentorId, need: needLabel, function: fn }).toString()}`;
}
