import { RelationshipOverviewSchema } from '../../../shared/schemas/index.ts';
import { requestJson } from './client.ts';

export function relationshipOverviewQueryKey(programId: string) {
  return ['programs', programId, 'relationship-overview'] as const;
}

/** A program's relationships for its coordinators: shape, progress and risk, never content. */
export function fetchRelationshipOverview(programId: string) {
  return requestJson(`/programs/${encodeURIComponent(programId)}/relationship-overview`, RelationshipOverviewSchema);
}
