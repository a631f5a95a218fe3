import { ClosureStateSchema, type ClosurePart, type ClosureSurveyInput, type EarlyExit } from '../../../shared/schemas/index.ts';
import { requestJson } from './client.ts';
import { relationshipQueryKey } from './relationships.api.ts';

export function closureQueryKey(relationshipId: string) {
  return [...relationshipQueryKey(relationshipId), 'closure'] as const;
}

const closurePath = (relationshipId: string) => `/relationships/${encodeURIComponent(relationshipId)}/closure`;

export function fetchClosure(relationshipId: string) {
  return requestJson(closurePath(relationshipId), ClosureStateSchema);
}

/** Gives my part of the closure form; the first part starts closure, both close the relationship. */
export function submitClosurePart(relationshipId: string, body: ClosurePart) {
  return requestJson(closurePath(relationshipId), ClosureStateSchema, { method: 'PUT', body });
}

export function exitEarly(relationshipId: string, body: EarlyExit) {
  return requestJson(`${closurePath(relationshipId)}/early-exit`, ClosureStateSchema, { method: 'POST', body });
}

export function answerClosureSurvey(relationshipId: string, body: ClosureSurveyInput) {
  return requestJson(`${closurePath(relationshipId)}/survey`, ClosureStateSchema, { method: 'PUT', body });
}
