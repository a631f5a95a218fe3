import type { z } from 'zod';
import {
  type CreateNetworkTieSchema,
  DevelopmentPlanSchema,
  type SaveDevelopmentPlanSchema,
  type UpdateNetworkTieSchema,
  MyNetworkSchema,
  NetworkTieSchema,
  PlanCommentSchema,
  TieCandidatePageSchema,
  type CreatePlanComment,
  type DevelopmentPlan,
  type MyNetwork,
  type NetworkTie,
  type PlanComment,
  type TieCandidate,
} from '../../../shared/schemas/index.ts';
import { requestJson, requestVoid, toQueryString } from './client.ts';

export type { DevelopmentPlan, MyNetwork, NetworkTie, PlanComment, TieCandidate };

/** What the add-tie form sends (the server fills defaults it leaves out). */
export type NewNetworkTie = z.input<typeof CreateNetworkTieSchema>;
/** What the edit-tie form sends: only the fields to change. */
export type NetworkTieChanges = z.input<typeof UpdateNetworkTieSchema>;
/** What the plan form sends. */
export type DevelopmentPlanInput = z.input<typeof SaveDevelopmentPlanSchema>;

/** Query key of the signed-in person's network (ties, measures, plan). */
export const myNetworkQueryKey = ['me', 'network'] as const;

/** Query key of a plan shared with the signed-in supervisor. */
export function supervisedPlanQueryKey(personId: string) {
  return ['people', personId, 'development-plan'] as const;
}

export function fetchMyNetwork(): Promise<MyNetwork> {
  return requestJson('/me/network', MyNetworkSchema);
}

export function addNetworkTie(tie: NewNetworkTie): Promise<NetworkTie> {
  return requestJson('/me/network/ties', NetworkTieSchema, { method: 'POST', body: tie });
}

export function updateNetworkTie(tieId: string, changes: NetworkTieChanges): Promise<NetworkTie> {
  return requestJson(`/me/network/ties/${encodeURIComponent(tieId)}`, NetworkTieSchema, { method: 'PATCH', body: changes });
}

export function removeNetworkTie(tieId: string): Promise<void> {
  return requestVoid(`/me/network/ties/${encodeURIComponent(tieId)}`, { method: 'DELETE' });
}

/** The first 20 colleagues (by name) whose name, department or title holds `q`: a picker narrows by typing. */
export async function searchTieCandidates(q: string): Promise<TieCandidate[]> {
  return (await requestJson(`/me/network/people${toQueryString({ q, limit: 20 })}`, TieCandidatePageSchema)).items;
}

export function saveDevelopmentPlan(plan: DevelopmentPlanInput): Promise<DevelopmentPlan> {
  return requestJson('/me/development-plan', DevelopmentPlanSchema, { method: 'PUT', body: plan });
}

export function fetchSupervisedPlan(personId: string): Promise<DevelopmentPlan> {
  return requestJson(`/people/${encodeURIComponent(personId)}/development-plan`, DevelopmentPlanSchema);
}

export function commentOnPlan(personId: string, comment: CreatePlanComment): Promise<PlanComment> {
  return requestJson(`/people/${encodeURIComponent(personId)}/development-plan/comments`, PlanCommentSchema, {
    method: 'POST',
    body: comment,
  });
}

/** Query key of my own development plan alone (the request form shows its needs). */
export const myDevelopmentPlanQueryKey = [...myNetworkQueryKey, 'plan'] as const;

export function fetchMyDevelopmentPlan(): Promise<DevelopmentPlan> {
  return requestJson('/me/development-plan', DevelopmentPlanSchema);
}
