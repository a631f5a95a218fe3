import { CircleListSchema, type CircleView } from '../../../shared/schemas/circles.ts';
import { requestJson } from './client.ts';

export type { CircleView };

export function circlesQueryKey(programId: string) {
  return ['programs', programId, 'circles'] as const;
}

/** The program's circles as the signed-in person may see them (coordinators: all; participants: their own). */
export async function fetchCircles(programId: string): Promise<CircleView[]> {
  const { circles } = await requestJson(`/programs/${encodeURIComponent(programId)}/circles`, CircleListSchema);
  return circles;
}
