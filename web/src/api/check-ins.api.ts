import { CheckInPageSchema, CheckInSchema, type CheckIn } from '../../../shared/schemas/index.ts';
import type { Page } from '../../../shared/schemas/paging.ts';
import { requestJson, toQueryString } from './client.ts';
import { relationshipQueryKey } from './relationships.api.ts';

export type { CheckIn };

/** Query key of a relationship's check-ins. */
export function checkInsQueryKey(relationshipId: string) {
  return [...relationshipQueryKey(relationshipId), 'check-ins'] as const;
}

const checkInsPath = (relationshipId: string) => `/relationships/${encodeURIComponent(relationshipId)}/check-ins`;

/** One page of the pair's check-ins, newest first. */
export function fetchCheckInsPage(relationshipId: string, cursor?: string): Promise<Page<CheckIn>> {
  return requestJson(`${checkInsPath(relationshipId)}${toQueryString({ cursor })}`, CheckInPageSchema);
}

export function sendCheckIn(relationshipId: string, body: string): Promise<CheckIn> {
  return requestJson(checkInsPath(relationshipId), CheckInSchema, { method: 'POST', body: { body } });
}
