import {
  OwnProfileSchema,
  PublicProfileSchema,
  SeniorityScaleSchema,
  type OwnProfile,
  type PublicProfile,
  type SeniorityScale,
  type UpdateProfile,
} from '../../../shared/schemas/index.ts';
import { requestJson } from './client.ts';

export const ownProfileQueryKey = ['profile', 'me'] as const;
export const seniorityScaleQueryKey = ['organization', 'seniority-scale'] as const;

export function publicProfileQueryKey(personId: string) {
  return ['profile', personId] as const;
}

export function fetchOwnProfile(): Promise<OwnProfile> {
  return requestJson('/me/profile', OwnProfileSchema);
}

/** Saves the fields sent (a partial update) and answers with the whole profile. */
export function updateOwnProfile(body: UpdateProfile): Promise<OwnProfile> {
  return requestJson('/me/profile', OwnProfileSchema, { method: 'PATCH', body });
}

export function fetchPublicProfile(personId: string): Promise<PublicProfile> {
  return requestJson(`/people/${encodeURIComponent(personId)}/profile`, PublicProfileSchema);
}

export function fetchSeniorityScale(): Promise<SeniorityScale> {
  return requestJson('/organization/seniority-scale', SeniorityScaleSchema);
}
