import { CheckInListSchema, CheckInSchema, type CheckIn } from '../../../shared/schemas/index.ts';
import { requestJson } from './client.ts';
import { relationshipQueryKey } from './relationships.api.ts';

export type { CheckIn };

/** Query key of a relationship's check-ins. */
export function checkInsQueryKey(relationshipId: string) {
  return [...relationshipQueryKey(relationshipId), 'check-ins'] as const;
}

const checkInsPath = (relationshipId: string) => `/relationships/${encodeURIComponent(relationshipId)}/check-ins`;

export async function fetchCheckIns(relationshipId: string): Promise<CheckIn[]> {
  return (await requestJson(checkInsPath(relationshipId), CheckInListSchema)).checkIns;
}

export function sendCheckIn(relationshipId: string, body: string): Promise<CheckIn> {
  return requestJson(checkInsPath(relationshipId), CheckInSchema, { method: 'POST', body: { body } });
}
