import type { RelationshipStage } from '../../../shared/enums.ts';
import type { StageSuggestion } from '../../../shared/schemas/stages.ts';

/** A goal as the signals see it: its progress (0-100), its status and when it was met. */
export type GoalSignal = { progress: number; status: 'active' | 'met' | 'dropped'; metAt: Date | null };

/** A meeting as the signals see it, oldest first: its status and who set its agenda. */
export type MeetingSignal = { status: 'proposed' | 'accepted' | 'cancelled' | 'held' | 'missed'; agendaBy: 'mentor' | 'mentee' | null };

/** Everything the stage signals read: a plain snapshot, no I/O. */
export type StageSnapshot = {
  stage: RelationshipStage;
  /** Both sides signed the current version of the agreement. */
  agreementSigned: boolean;
  goals: GoalSignal[];
  /** The planned end of the relationship (agreement timeline, else the latest goal due date). */
  plannedEnd: Date | null;
  /** The pair's meetings in the order they were (to be) held, oldest first. */
  meetings: MeetingSignal[];
  lastTouchAt: Date | null;
  startedAt: Date;
  now: Date;
};

const dayMs = 24 * 60 * 60 * 1000;
/** No touch point for this many days puts a relationship at risk (DOMAIN.md: one a month). */
export const atRiskAfterDays = 30;
/** A goal "past 70%" has more than this progress (or is met). */
export const masteryProgressThreshold = 70;
/** Goals all met at least this many days before the planned end were met "well before" it. */
export const wellBeforeEndDays = 30;
/** How many of the latest agendas say who leads. */
const recentAgendas = 3;

const liveGoals = (goals: GoalSignal[]) => goals.filter((goal) => goal.status !== 'dropped');
const pastThreshold = (goal: GoalSignal) => goal.status === 'met' || goal.progress > masteryProgressThreshold;

/**
 * Most goals (more than half of those not dropped) are met or past 70%.
 *
 * @example mostGoalsAdvanced([{ progress: 80, status: 'active', metAt: null }]) // true
 */
export function mostGoalsAdvanced(goals: GoalSignal[]): boolean {
  const live = liveGoals(goals);
  return live.length > 0 && live.filter(pastThreshold).length * 2 > live.length;
}

/**
 * The mentee leads the agenda: of the latest three agendas set, at least two, and more than half,
 * were set by the mentee.
 *
 * @example menteeLeadsAgenda([{ status: 'held', agendaBy: 'mentee' }, { status: 'held', agendaBy: 'mentee' }]) // true
 */
export function menteeLeadsAgenda(meetings: MeetingSignal[]): boolean {
  const setters = meetings.filter((meeting) => meeting.status !== 'cancelled' && meeting.agendaBy !== null).slice(-recentAgendas);
  const byMentee = setters.filter((meeting) => meeting.agendaBy === 'mentee').length;
  return byMentee >= 2 && byMentee * 2 > setters.length;
}

/**
 * The last two meetings that took place or should have (held or missed) were both missed.
 *
 * @example twoMissedInARow([{ status: 'held', agendaBy: null }, { status: 'missed', agendaBy: null }, { status: 'missed', agendaBy: null }]) // true
 */
export function twoMissedInARow(meetings: MeetingSignal[]): boolean {
  const settled = meetings.filter((meeting) => meeting.status === 'held' || meeting.status === 'missed').slice(-2);
  return settled.length === 2 && settled.every((meeting) => meeting.status === 'missed');
}

/**
 * Every goal not dropped is met, the last of them at least 30 days before the planned end, which
 * is itself still 30 days or more away.
 *
 * @example goalsMetEarly([{ progress: 100, status: 'met', metAt: new Date('2026-01-01') }], new Date('2026-06-30'), new Date('2026-01-02')) // true
 */
export function goalsMetEarly(goals: GoalSignal[], plannedEnd: Date | null, now: Date): boolean {
  const live = liveGoals(goals);
  if (!plannedEnd || live.length === 0 || !live.every((goal) => goal.status === 'met')) return false;
  const lastMet = Math.max(...live.map((goal) => (goal.metAt ?? now).getTime()));
  const margin = wellBeforeEndDays * dayMs;
  return plannedEnd.getTime() - lastMet >= margin && plannedEnd.getTime() - now.getTime() >= margin;
}

/**
 * No touch point (meeting held, check-in, shared note or comment) for 30 days, counting from the
 * start while there has been none.
 *
 * @example isAtRisk(null, new Date('2026-01-01'), new Date('2026-03-01')) // true
 */
export function isAtRisk(lastTouchAt: Date | null, startedAt: Date, now: Date): boolean {
  return now.getTime() - (lastTouchAt ?? startedAt).getTime() >= atRiskAfterDays * dayMs;
}

/**
 * The moves the signals suggest for a relationship, each with a one-line explanation (seed 003):
 * a signed agreement in stage 1 suggests building; most goals past 70% with the mentee leading
 * the agenda suggests mastery (and, in mastery, new goals well short of that suggest building
 * again: stages 2 and 3 alternate); two missed meetings in a row in mastery suggest talking about
 * moving on; all goals met well before the planned end suggest the goals were too broad; no touch
 * point for 30 days is a risk. Suggestions never repeat the current stage.
 *
 * @example suggestStageMoves({ stage: 'creating', agreementSigned: true, goals: [], plannedEnd: null, meetings: [], lastTouchAt: null, startedAt: now, now })
 * // [{ kind: 'start_building', toStage: 'building', explanation: 'The agreement is signed by both of you: time to work on the goals.' }]
 */
export function suggestStageMoves(snapshot: StageSnapshot): StageSuggestion[] {
  const { stage, goals, meetings } = snapshot;
  const suggestions: StageSuggestion[] = [];
  if (stage === 'creating' && snapshot.agreementSigned) {
    suggestions.push({
      kind: 'start_building',
      toStage: 'building',
      explanation: 'The agreement is signed by both of you: time to work on the goals.',
    });
  }
  if (stage === 'building' && mostGoalsAdvanced(goals) && menteeLeadsAgenda(meetings)) {
    suggestions.push({
      kind: 'move_to_mastery',
      toStage: 'mastery',
      explanation: 'Most goals are past 70% and the mentee sets the agenda: the mentor can step back.',
    });
  }
  if (stage === 'mastery' && liveGoals(goals).length > 0 && !mostGoalsAdvanced(goals)) {
    suggestions.push({
      kind: 'back_to_building',
      toStage: 'building',
      explanation: 'Most goals are still at 70% or less: new groundwork may help before stepping back.',
    });
  }
  if (stage === 'mastery' && twoMissedInARow(meetings)) {
    suggestions.push({
      kind: 'talk_about_moving_on',
      toStage: 'moving_on',
      explanation: 'Two meetings in a row were missed: little may be left to do, so talk about moving on.',
    });
  }
  if (goalsMetEarly(goals, snapshot.plannedEnd, snapshot.now)) {
    suggestions.push({
      kind: 'consider_new_goals',
      toStage: null,
      explanation: 'All goals were met well before the planned end: the goals may have been too broad, so consider new goals.',
    });
  }
  if (stage !== 'moving_on' && isAtRisk(snapshot.lastTouchAt, snapshot.startedAt, snapshot.now)) {
    suggestions.push({
      kind: 'at_risk',
      toStage: null,
      explanation: `No touch point for ${atRiskAfterDays} days or more: check in with each other.`,
    });
  }
  return suggestions;
}
