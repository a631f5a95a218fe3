import { CirclePageSchema, type CircleView } from '../../../shared/schemas/circles.ts';
import type { Page } from '../../../shared/schemas/paging.ts';
import { requestJson, toQueryString } from './client.ts';

export type { CircleView };

export function circlesQueryKey(programId: string) {
  return ['programs', programId, 'circles'] as const;
}

/** One page of the program's circles by name, as the signed-in person may see them (coordinators: all; participants: their own). */
export function fetchCirclePage(programId: string, cursor?: string): Promise<Page<CircleView>> {
  return requestJson(`/programs/${encodeURIComponent(programId)}/circles${toQueryString({ cursor })}`, CirclePageSchema);
}
