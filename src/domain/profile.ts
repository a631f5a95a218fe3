import {
  mentoringApproaches,
  type CareerOrientation,
  type MeetingChannel,
  type MentoringApproach,
  type MentoringFunction,
} from '../../shared/enums.ts';
import { approachStatements, type IdentityAttribute } from '../../shared/schemas/profiles.ts';

/** The mentoring side of a person's profile (the HR side is on Person). */
export type Profile = {
  supervisorId: string | null;
  education: string | null;
  profession: string | null;
  expertiseOffered: string[];
  expertiseWanted: string[];
  functionsOffered: MentoringFunction[];
  functionsSought: MentoringFunction[];
  approach: MentoringApproach | null;
  approachStatements: Record<string, number>;
  careerOrientation: CareerOrientation | null;
  preferredChannels: MeetingChannel[];
  availabilityHoursPerMonth: number | null;
  mentorCapacity: number;
  mentoringPaused: boolean;
  interests: string[];
  background: string | null;
  identityAttributes: IdentityAttribute[];
  commonGroundConsentAt: Date | null;
  updatedAt: Date;
};

/** The profile of someone who has not filled one in yet. */
export function emptyProfile(updatedAt: Date): Profile {
  return {
    supervisorId: null,
    education: null,
    profession: null,
    expertiseOffered: [],
    expertiseWanted: [],
    functionsOffered: [],
    functionsSought: [],
    approach: null,
    approachStatements: {},
    careerOrientation: null,
    preferredChannels: [],
    availabilityHoursPerMonth: null,
    mentorCapacity: 2,
    mentoringPaused: false,
    interests: [],
    background: null,
    identityAttributes: [],
    commonGroundConsentAt: null,
    updatedAt,
  };
}

/**
 * The approach a person's answers to the approach statements lean towards: the approach whose
 * statements they agree with most on average. Null with no answers or a tie at the top.
 *
 * @example suggestApproach({ both_learn: 5, own_success: 4, expert_advice: 2 }) // 'learning_alliance'
 */
export function suggestApproach(answers: Record<string, number>): MentoringApproach | null {
  const scores = mentoringApproaches.map((approach) => {
    const values = approachStatements.filter((s) => s.approach === approach && answers[s.id] !== undefined).map((s) => answers[s.id] ?? 0);
    return { approach, mean: values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : 0 };
  });
  const best = Math.max(...scores.map((s) => s.mean));
  const leaders = scores.filter((s) => s.mean === best);
  return best > 0 && leaders.length === 1 ? (leaders[0]?.approach ?? null) : null;
}

/**
 * Identity attributes as someone other than their owner may see them: only those shared.
 * Private and matching-only attributes never leave the owner's own view (and the engine).
 */
export function sharedIdentityAttributes(attributes: IdentityAttribute[]): IdentityAttribute[] {
  return attributes.filter((attribute) => attribute.visibility === 'shared');
}
