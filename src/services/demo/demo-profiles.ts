import { mentoringApproaches, mentoringFunctions, meetingChannels, type MentoringFunction } from '../../../shared/enums.ts';
import type { ProfileChanges } from '../../db/repositories/profile.repository.ts';
import type { DemoPerson } from './demo-people.ts';

/** A deterministic pick from a list, so the demo is the same on every machine. */
function pick<T>(list: readonly T[], seed: number, count: number): T[] {
  return Array.from({ length: count }, (_, i) => list[(seed * 7 + i * 3) % list.length] as T).filter(
    (value, index, all) => all.indexOf(value) === index,
  );
}

function seedOf(person: DemoPerson): number {
  return [...person.email].reduce((sum, char) => sum + char.charCodeAt(0), 0);
}

const careerFunctions: MentoringFunction[] = ['sponsorship', 'exposure', 'challenging_assignments', 'coaching', 'protection'];

/**
 * The mentoring side of a demo person's profile: mentors offer functions and expertise, mentees
 * seek them; approaches, channels and availability vary.
 */
export function demoProfileOf(person: DemoPerson, isMentor: boolean): ProfileChanges {
  const seed = seedOf(person);
  return {
    expertiseOffered: person.expertiseOffered,
    expertiseWanted: isMentor
      ? []
      : pick(['budgeting', 'public speaking', 'negotiation', 'team leadership', 'system design', 'stakeholder management'], seed, 2),
    functionsOffered: isMentor ? pick(mentoringFunctions, seed, 4) : pick(['acceptance', 'friendship'] as const, seed, 1),
    functionsSought: isMentor
      ? []
      : [...pick(careerFunctions, seed, 2), ...pick(['acceptance', 'counseling', 'role_modeling'] as const, seed, 1)],
    approach: mentoringApproaches[seed % mentoringApproaches.length] ?? null,
    careerOrientation: (['objective', 'subjective', 'balanced'] as const)[seed % 3] ?? null,
    preferredChannels: pick(meetingChannels, seed, 2),
    availabilityHoursPerMonth: isMentor ? 4 + (seed % 5) : 2 + (seed % 4),
    mentorCapacity: isMentor ? 1 + (seed % 3) : 0,
    interests: pick(['hiking', 'chess', 'photography', 'cooking', 'running', 'music', 'volunteering', 'reading'], seed, 2),
    education: pick(['BSc Computer Science', 'MBA', 'BA Economics', 'MSc Data Science', 'LLM', 'BA Design'], seed, 1)[0] ?? null,
    profession: person.department,
  };
}
