import {
  type ProgramRelationshipQuery,
  ProgramRelationshipPageSchema,
  RelationshipOverviewSchema,
} from '../../../shared/schemas/program-relationships.ts';
import type { Page } from '../../../shared/schemas/paging.ts';
import type { ProgramRelationship } from '../../../shared/schemas/program-relationships.ts';
import { requestJson, toQueryString } from './client.ts';

/** The filters and order a program's relationship list is asked for. */
export type ProgramRelationshipFilters = Partial<Omit<ProgramRelationshipQuery, 'limit' | 'cursor'>>;

/** Under ['programs', id, 'relationships'], so whatever refreshes a program's relationships refreshes these pages too. */
export function programRelationshipsQueryKey(programId: string, filters: ProgramRelationshipFilters = {}) {
  return ['programs', programId, 'relationships', 'pages', filters] as const;
}

/** One page of a program's relationships (all for coordinators, one's own for participants). */
export function fetchProgramRelationshipPage(
  programId: string,
  filters: ProgramRelationshipFilters,
  cursor?: string,
): Promise<Page<ProgramRelationship>> {
  return requestJson(
    `/programs/${encodeURIComponent(programId)}/relationships${toQueryString({ ...filters, q: filters.q?.trim(), cursor })}`,
    ProgramRelationshipPageSchema,
  );
}

export function relationshipOverviewQueryKey(programId: string) {
  return ['programs', programId, 'relationships', 'overview'] as const;
}

/** A program's relationships counted for its coordinators, and the closure survey aggregates. */
export function fetchRelationshipOverview(programId: string) {
  return requestJson(`/programs/${encodeURIComponent(programId)}/relationship-overview`, RelationshipOverviewSchema);
}
