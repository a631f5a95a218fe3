import {
  GoalHistorySchema,
  GoalListSchema,
  GoalSchema,
  GoalSummarySchema,
  type AddMilestone,
  type ChangeGoalStatus,
  type CreateGoal,
  type Goal,
  type GoalRevision,
  type GoalSummary,
  type RefineGoal,
  type UpdateGoalProgress,
} from '../../../shared/schemas/index.ts';
import { requestJson } from './client.ts';
import { relationshipQueryKey } from './relationships.api.ts';

export type { Goal, GoalRevision, GoalSummary };

/** Query key of a relationship's goals (under the relationship's key). */
export function goalsQueryKey(relationshipId: string) {
  return [...relationshipQueryKey(relationshipId), 'goals'] as const;
}

const goalsPath = (relationshipId: string) => `/relationships/${encodeURIComponent(relationshipId)}/goals`;
const goalPath = (relationshipId: string, goalId: string) => `${goalsPath(relationshipId)}/${encodeURIComponent(goalId)}`;

export async function fetchGoals(relationshipId: string): Promise<Goal[]> {
  return (await requestJson(goalsPath(relationshipId), GoalListSchema)).goals;
}

/** Counts and progress only: what coordinators see. */
export function fetchGoalSummary(relationshipId: string): Promise<GoalSummary> {
  return requestJson(`${goalsPath(relationshipId)}/summary`, GoalSummarySchema);
}

export async function fetchGoalHistory(relationshipId: string, goalId: string): Promise<GoalRevision[]> {
  return (await requestJson(`${goalPath(relationshipId, goalId)}/history`, GoalHistorySchema)).revisions;
}

export function createGoal(relationshipId: string, body: CreateGoal): Promise<Goal> {
  return requestJson(goalsPath(relationshipId), GoalSchema, { method: 'POST', body });
}

export function refineGoal(relationshipId: string, goalId: string, body: Partial<RefineGoal>): Promise<Goal> {
  return requestJson(goalPath(relationshipId, goalId), GoalSchema, { method: 'PATCH', body });
}

export function updateGoalProgress(
  relationshipId: string,
  goalId: string,
  body: Partial<UpdateGoalProgress> & { progress: number },
): Promise<Goal> {
  return requestJson(`${goalPath(relationshipId, goalId)}/progress`, GoalSchema, { method: 'PUT', body });
}

export function changeGoalStatus(
  relationshipId: string,
  goalId: string,
  body: Partial<ChangeGoalStatus> & Pick<ChangeGoalStatus, 'status'>,
): Promise<Goal> {
  return requestJson(`${goalPath(relationshipId, goalId)}/status`, GoalSchema, { method: 'PUT', body });
}

export function addMilestone(relationshipId: string, goalId: string, body: AddMilestone): Promise<Goal> {
  return requestJson(`${goalPath(relationshipId, goalId)}/milestones`, GoalSchema, { method: 'POST', body });
}

export function tickMilestone(relationshipId: string, goalId: string, milestoneId: string, done: boolean): Promise<Goal> {
  return requestJson(`${goalPath(relationshipId, goalId)}/milestones/${encodeURIComponent(milestoneId)}`, GoalSchema, {
    method: 'PUT',
    body: { done },
  });
}
