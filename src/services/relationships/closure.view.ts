import type { ClosureRecord, ClosureSurveyRecord } from '../../db/repositories/closure.repository.ts';
import type { ClosureView } from '../../../shared/schemas/closures.ts';
import type { ViewerRole } from './relationship-access.ts';

type ClosureContext = {
  role: ViewerRole;
  actorId: string;
  startedBy: { id: string; name: string };
  goals: Array<{ id: string; specific: string }>;
  mySurvey: ClosureSurveyRecord | null;
};

/**
 * What the caller may see of a closure. The pair: the form (goal outcomes, both reflections) and
 * their own survey only. Coordinators: the shape, the early-exit reason and the rematch flag,
 * never the form's words or any survey. After an early exit, its reason and rematch flag reach
 * only coordinators and the person who left: the other side sees only that it ended.
 *
 * @example presentClosure(closure, { role: 'mentee', actorId, startedBy, goals, mySurvey: null })
 */
export function presentClosure(closure: ClosureRecord, context: ClosureContext): ClosureView {
  const { role, actorId } = context;
  const pair = role !== 'coordinator';
  const seesExit = role === 'coordinator' || closure.startedById === actorId;
  const goalText = (goalId: string) => context.goals.find((goal) => goal.id === goalId)?.specific ?? 'A goal since removed';
  const waitingFor =
    closure.status === 'started' ? (!closure.mentorReflection ? 'mentor' : !closure.menteeReflection ? 'mentee' : null) : null;
  return {
    kind: closure.kind,
    status: closure.status,
    startedBy: context.startedBy,
    startedAt: closure.startedAt.toISOString(),
    closedAt: closure.closedAt?.toISOString() ?? null,
    nextStep: closure.nextStep,
    goalOutcomes: pair ? closure.goalOutcomes.map((outcome) => ({ ...outcome, goal: goalText(outcome.goalId) })) : null,
    mentorReflection: pair ? closure.mentorReflection : null,
    menteeReflection: pair ? closure.menteeReflection : null,
    waitingFor,
    earlyExitReason: closure.kind === 'early_exit' && seesExit ? closure.earlyExitReason : null,
    rematchRequested: closure.kind === 'early_exit' && seesExit ? closure.rematchRequested : null,
    mySurvey:
      context.mySurvey && pair
        ? {
            rating: context.mySurvey.rating,
            qualities: context.mySurvey.qualities,
            comment: context.mySurvey.comment,
            createdAt: context.mySurvey.createdAt.toISOString(),
          }
        : null,
  };
}
