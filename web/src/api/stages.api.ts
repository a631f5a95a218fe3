import { z } from 'zod';
import { relationshipStages, type RelationshipStage } from '../../../shared/enums.ts';
import { StageHistorySchema, StageSignalsSchema } from '../../../shared/schemas/index.ts';
import { requestJson } from './client.ts';
import { relationshipQueryKey } from './relationships.api.ts';

export function stageSignalsQueryKey(relationshipId: string) {
  return [...relationshipQueryKey(relationshipId), 'signals'] as const;
}

export function stageHistoryQueryKey(relationshipId: string) {
  return [...relationshipQueryKey(relationshipId), 'stage-history'] as const;
}

const base = (relationshipId: string) => `/relationships/${encodeURIComponent(relationshipId)}`;

export function fetchStageSignals(relationshipId: string) {
  return requestJson(`${base(relationshipId)}/signals`, StageSignalsSchema);
}

export function fetchStageHistory(relationshipId: string) {
  return requestJson(`${base(relationshipId)}/stage-history`, StageHistorySchema);
}

export function changeStage(relationshipId: string, stage: RelationshipStage, note: string) {
  return requestJson(`${base(relationshipId)}/stage`, z.object({ stage: z.enum(relationshipStages) }), {
    method: 'PUT',
    body: { stage, note },
  });
}
