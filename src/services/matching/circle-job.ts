import type { CircleRunSummary } from '../../../shared/schemas/circles.ts';
import { formCircles, type Circle } from '../../domain/matching/circles.ts';
import { peerFit } from '../../domain/matching/scoring/peer-fit.ts';
import { createScoringSetup, prepareParticipant, scorePrepared } from '../../domain/matching/scoring/score-pair.ts';
import type { CohortJob, CohortJobResult, JobProgress, ProposedCircle } from './cohort-job-types.ts';

/**
 * Forms a group program's circles. Affinity comes from the one-to-one scoring: a mentee's fit
 * with a mentor is their pair score (negative when a required rule or a conflict forbids the
 * pair, or a coordinator forbade it), with another mentee the topics and functions they share.
 * Mentees already seated in an active circle (demand 0) are left out. Capacity: a mentor leads
 * at most one circle per run, and a circle uses one place of the mentor's capacity (however many
 * mentees it has), so mentors with no room left lead no circle. Locks are for pairs: group
 * programs refuse them (`lock_not_supported_for_circles`), and any made before are ignored here.
 */
export function solveCircleJob(job: CohortJob, onProgress: JobProgress = () => undefined): CohortJobResult {
  const started = performance.now();
  onProgress('forming circles', 0, 1);
  const setup = createScoringSetup(job.rules, { referenceDate: new Date(job.referenceDate), customQuestions: job.customQuestions });
  const menteeProfiles = job.mentees.filter((_, i) => (job.demand[i] ?? 0) > 0);
  const mentorProfiles = job.mentors.filter((_, j) => (job.capacity[j] ?? 0) > 0);
  const fullMentors = job.mentors.filter((_, j) => (job.capacity[j] ?? 0) <= 0);
  const mentees = menteeProfiles.map((p) => prepareParticipant(p, setup));
  const mentors = mentorProfiles.map((p) => prepareParticipant(p, setup));
  const forbidden = new Set(job.forbids.map((f) => `${f.menteeId}:${f.mentorId}`));
  const fit = new Float64Array(mentees.length * mentors.length);
  mentees.forEach((mentee, i) => {
    mentors.forEach((mentor, m) => {
      const blocked = forbidden.has(`${mentee.profile.id}:${mentor.profile.id}`) || mentee.profile.id === mentor.profile.id;
      fit[i * mentors.length + m] = blocked ? -1 : scorePrepared(mentee, mentor, setup);
    });
  });
  const peers = new Float64Array(mentees.length * mentees.length);
  for (let a = 0; a < mentees.length; a++) {
    for (let b = a + 1; b < mentees.length; b++) {
      const value = peerFit(mentees[a] as (typeof mentees)[number], mentees[b] as (typeof mentees)[number]);
      peers[a * mentees.length + b] = value;
      peers[b * mentees.length + a] = value;
    }
  }
  const settings = job.rules.circles;

  const result = formCircles(
    {
      menteeCount: mentees.length,
      mentorCount: mentors.length,
      mentorFit: (i, m) => fit[i * mentors.length + m] as number,
      peerFit: (a, b) => peers[a * mentees.length + b] as number,
    },
    { minSize: settings.minSize, maxSize: settings.maxSize, mentorsPerCircle: settings.mentorsPerCircle },
  );
  const circles: ProposedCircle[] = result.circles.map((circle, n) => ({
    name: `Circle ${n + 1}${topicOf(circle) ? `: ${topicOf(circle)}` : ''}`,
    affinity: circle.affinity,
    mentorIds: circle.mentors.map((m) => mentorProfiles[m]?.id ?? ''),
    menteeIds: circle.mentees.map((i) => menteeProfiles[i]?.id ?? ''),
  }));
  const placedMentees = circles.reduce((sum, c) => sum + c.menteeIds.length, 0);
  const placedMentors = circles.reduce((sum, c) => sum + c.mentorIds.length, 0);
  const unplaced: CircleRunSummary['unplaced'] = [
    ...result.unplaced.map(({ mentee, reason }) => ({
      personId: menteeProfiles[mentee]?.id ?? '',
      name: menteeProfiles[mentee]?.name ?? '',
      role: 'mentee' as const,
      reason,
    })),
    ...fullMentors.map((p) => ({ personId: p.id, name: p.name, role: 'mentor' as const, reason: 'capacity_exhausted' as const })),
    ...result.spareMentors.map((m) => ({
      personId: mentorProfiles[m]?.id ?? '',
      name: mentorProfiles[m]?.name ?? '',
      role: 'mentor' as const,
      reason: 'not_needed' as const,
    })),
  ];
  const peopleTotal = menteeProfiles.length + job.mentors.length;
  const meanAffinity = placedMentees === 0 ? null : result.totalAffinity / placedMentees;
  const affinities = result.circles.map((c) => c.affinity);
  onProgress('done', 1, 1);
  return {
    proposals: [],
    unmatched: [],
    circles,
    summary: {
      menteeSlots: menteeProfiles.length,
      matchedSlots: placedMentees,
      matchedPercent: percent(placedMentees, menteeProfiles.length),
      meanScore: meanAffinity,
      lowestScore: affinities.length ? Math.min(...affinities) : null,
      approachMismatches: result.circles.reduce((sum, c) => sum + approachMismatches(c), 0),
      optimal: false,
      seconds: (performance.now() - started) / 1000,
      blockingPairs: null,
      scoreGivenUp: null,
      circles: {
        circleCount: circles.length,
        peopleTotal,
        peoplePlaced: placedMentees + placedMentors,
        placedPercent: percent(placedMentees + placedMentors, peopleTotal),
        meanAffinity,
        unplaced,
      },
    },
  };

  /** The topic most of the circle's mentees want (preferring one a mentor offers), for its name. */
  function topicOf(circle: Circle): string | null {
    const offered = new Set(circle.mentors.flatMap((m) => mentorProfiles[m]?.expertiseOffered ?? []));
    const counts = new Map<string, number>();
    for (const i of circle.mentees)
      for (const topic of menteeProfiles[i]?.expertiseWanted ?? [])
        counts.set(topic, (counts.get(topic) ?? 0) + (offered.has(topic) ? 1.5 : 1));
    const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    return best ? best[0] : null;
  }

  /** Mentee-mentor pairs of a circle who assume different kinds of mentoring. */
  function approachMismatches(circle: Circle): number {
    let count = 0;
    for (const i of circle.mentees) {
      for (const m of circle.mentors) {
        const a = menteeProfiles[i]?.approach;
        const b = mentorProfiles[m]?.approach;
        if (a && b && a !== b) count++;
      }
    }
    return count;
  }
}

function percent(part: number, whole: number): number {
  return whole === 0 ? 100 : Math.round((1000 * part) / whole) / 10;
}
