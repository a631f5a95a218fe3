import { meetingChannels, mentoringApproaches, mentoringFunctions } from '../../../../shared/enums.ts';
import { blankMatchingProfile, type MatchingProfile } from './matching-profile.ts';

/**
 * Realistic random cohorts for tests and benchmarks, from a seed (same seed, same cohort).
 */

const languages = ['English', 'English', 'English', 'Portuguese', 'Spanish', 'French', 'German', 'Hindi', 'Japanese', 'Polish'];
const timeZones = [
  'Europe/Lisbon',
  'Europe/London',
  'Europe/Berlin',
  'Europe/Warsaw',
  'America/New_York',
  'America/Chicago',
  'America/Sao_Paulo',
  'America/Los_Angeles',
  'Asia/Kolkata',
  'Asia/Tokyo',
  'Australia/Sydney',
  'Africa/Lagos',
];
const skills = [
  'budgeting',
  'negotiation',
  'public speaking',
  'sql',
  'people management',
  'hiring',
  'product strategy',
  'ux research',
  'data analysis',
  'python',
  'typescript',
  'cloud architecture',
  'sales',
  'marketing',
  'accounting',
  'legal compliance',
  'project management',
  'writing',
  'design systems',
  'security',
  'machine learning',
  'supply chain',
  'customer success',
  'stakeholder management',
  'coaching',
  'finance',
  'procurement',
  'operations',
  'research',
  'leadership',
];
const interests = [
  'chess',
  'running',
  'jazz',
  'cooking',
  'hiking',
  'photography',
  'football',
  'reading',
  'gardening',
  'climbing',
  'yoga',
  'board games',
];
const educations = ['Economics', 'Computer Science', 'Law', 'Engineering', 'Nursing', 'Business', 'History'];
const professions = ['engineer', 'accountant', 'nurse', 'designer', 'lawyer', 'analyst', 'sales lead'];
const departments = ['Finance', 'Engineering', 'Sales', 'Legal', 'Operations', 'People'];

/** A small fast seeded generator (mulberry32): numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

function some<T>(random: () => number, list: readonly T[], min: number, max: number): T[] {
  const count = min + Math.floor(random() * (max - min + 1));
  return [...new Set(Array.from({ length: count }, () => pick(random, list)))];
}

/**
 * `count` realistic profiles with ids `${prefix}${i}`. Mentees pick up to three of `partnerIds`;
 * mentors mark one to prefer and rarely one to avoid; everyone has a short reporting chain.
 *
 * @example sampleProfiles(100, 'mentee-', ['mentor-0', 'mentor-1'], 7)
 */
export function sampleProfiles(count: number, prefix: string, partnerIds: readonly string[], seed: number): MatchingProfile[] {
  const random = seededRandom(seed);
  const role = prefix.includes('mentor') ? 'mentor' : 'mentee';
  return Array.from({ length: count }, (_, i) => {
    const profile = blankMatchingProfile(`${prefix}${i}`, `${role} ${i}`);
    profile.department = pick(random, departments);
    profile.seniority = role === 'mentor' ? 4 + Math.floor(random() * 6) : 1 + Math.floor(random() * 5);
    profile.timeZone = pick(random, timeZones);
    profile.languages = some(random, languages, 1, 3);
    profile.expertiseOffered = some(random, skills, 2, 6);
    profile.expertiseWanted = some(random, skills, 1, 4);
    profile.functionsOffered = some(random, mentoringFunctions, 2, 6);
    profile.functionsSought = some(random, mentoringFunctions, 1, 4);
    profile.approach = random() < 0.9 ? pick(random, mentoringApproaches) : null;
    profile.availabilityHoursPerMonth = 2 + Math.floor(random() * 10);
    profile.preferredChannels = some(random, meetingChannels, 1, 3);
    profile.interests = some(random, interests, 0, 3);
    profile.education = pick(random, educations);
    profile.profession = pick(random, professions);
    if (random() < 0.3)
      profile.matchingAttributes = [
        { label: 'First-generation graduate', value: 'yes', visibility: random() < 0.5 ? 'shared' : 'matching_only' },
      ];
    profile.supervisorChain = [`boss-${Math.floor(random() * 50)}`, `director-${Math.floor(random() * 10)}`];
    if (partnerIds.length > 0) {
      if (role === 'mentee') profile.rankedPicks = some(random, partnerIds, 0, 3);
      else {
        if (random() < 0.3) profile.prefer = [pick(random, partnerIds)];
        if (random() < 0.1) profile.avoid = [pick(random, partnerIds)];
      }
    }
    return profile;
  });
}
