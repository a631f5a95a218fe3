import { RelationshipDetailSchema, type RelationshipDetail } from '../../../shared/schemas/index.ts';
import { requestJson } from './client.ts';

export type { RelationshipDetail };

/** Query key of a relationship and everything under it (invalidate it after any change). */
export function relationshipQueryKey(relationshipId: string) {
  return ['relationships', relationshipId] as const;
}

export function fetchRelationship(relationshipId: string): Promise<RelationshipDetail> {
  return requestJson(`/relationships/${encodeURIComponent(relationshipId)}`, RelationshipDetailSchema);
}
