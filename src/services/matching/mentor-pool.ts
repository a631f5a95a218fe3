import type { MatchingRules } from '../../../shared/schemas/matching-rules.ts';
import type { Database } from '../../db/database.ts';
import { findCurrentIntakeForm } from '../../db/repositories/intake-form.repository.ts';
import { listActiveMentorIds } from '../../db/repositories/mentor-pool.repository.ts';
import { asSeenByParticipant } from '../../domain/matching/scoring/participant-view.ts';
import {
  createScoringSetup,
  prepareParticipant,
  type PreparedParticipant,
  type ScoringSetup,
} from '../../domain/matching/scoring/score-pair.ts';
import type { Program } from '../../domain/program.ts';
import { loadCohortPeople } from './cohort-people.ts';
import { mapInSlices } from './event-loop-yield.ts';
import { rulesOf, toMatchingProfile } from './program-cohort.ts';

/** A program's mentors prepared for scoring as a mentee may see them, with the setup they were prepared for. */
export type MentorPool = {
  setup: ScoringSetup;
  rules: MatchingRules;
  mentors: Array<{ id: string; name: string; prepared: PreparedParticipant }>;
};

type CachedPool = {
  version: string;
  expiresAt: number;
  pool: Promise<MentorPool>;
  /** Prepared (the promise resolved). */
  ready?: boolean;
  /** A fresh pool of the same version is being prepared to replace this one. */
  refreshing: boolean;
};

/** Pools kept (one per program, the least recently used dropped first), and how long one serves. */
const MAX_POOLS = 32;
const POOL_TTL_MS = 60_000;
const pools = new Map<string, CachedPool>();
/** Mentors prepared per turn of the event loop. */
const MENTORS_PER_TURN = 250;

/**
 * Prepares the pool from the database: the program's active mentors with their people rows and
 * profiles (as a cohort's are read), as a mentee may see them (`asSeenByParticipant`: no matching-only
 * attributes, answers or marks). Reporting chains and earlier partners are left out on purpose:
 * pairs are symmetric, so the mentee's own chain, reports and earlier partners (read fresh per
 * request) rule out the same pairs.
 */
async function buildPool(
  db: Database,
  program: Program,
  now: Date,
  customQuestions: Parameters<typeof createScoringSetup>[1]['customQuestions'],
): Promise<MentorPool> {
  const rules = rulesOf(program);
  const setup = createScoringSetup(rules, { referenceDate: now, customQuestions });
  const ids = await listActiveMentorIds(db, program.organizationId, program.id);
  const extra = { supervisorChain: [], customAnswers: {}, previousPartners: [], exclusions: [], rankedPicks: [], prefer: [], avoid: [] };
  // Read as a cohort is (loadCohortPeople: 2,000 per query, each answer mapped in its own turn),
  // prepared 250 per turn of the event loop (a pool prepared after a run, while mentees' requests
  // come in: a thousand per turn held the loop for ~100 ms on a fresh process).
  const { people, profiles } = await loadCohortPeople(db, program.organizationId, ids);
  const prepared = (
    await mapInSlices(
      ids,
      (id) => {
        const person = people.get(id);
        const profile = profiles.get(id);
        if (!person || !profile) return undefined;
        return {
          id,
          name: person.displayName,
          prepared: prepareParticipant(asSeenByParticipant(toMatchingProfile(person, profile, extra)), setup),
        };
      },
      MENTORS_PER_TURN,
    )
  ).filter((mentor) => mentor !== undefined);
  return { setup, rules, mentors: prepared };
}

/**
 * A program's mentor pool, prepared once and kept while what it depends on is unchanged: the
 * mentors (`mentorsVersion`: their count and last change, as `findProgramMentorRoom` reads them),
 * the rules, the intake form and the day; refreshed after a minute in any case (a mentor's profile
 * changes elsewhere), the request that finds it a minute old served the pool it had while the
 * fresh one is prepared (only when nothing else changed).
 * Concurrent requests for a pool being prepared wait for the same preparation.
 *
 * @example const { mentors, setup } = await loadMentorPool(ctx.db, program, ctx.now(), '5000@2026-12-07 17:00:00+00');
 */
export async function loadMentorPool(db: Database, program: Program, now: Date, mentorsVersion: string): Promise<MentorPool> {
  const form = await findCurrentIntakeForm(db, program.organizationId, program.id);
  const version = [mentorsVersion, JSON.stringify(rulesOf(program)), form?.id ?? '', now.toISOString().slice(0, 10)].join('|');
  const cached = pools.get(program.id);
  pools.delete(program.id);
  const at = now.getTime();
  if (cached && cached.version === version && (cached.expiresAt > at || cached.refreshing)) {
    pools.set(program.id, cached);
    return cached.pool;
  }
  const pool = buildPool(db, program, now, form?.customQuestions ?? []);
  const entry: CachedPool = { version, expiresAt: at + POOL_TTL_MS, pool, refreshing: false };
  if (cached && cached.version === version && cached.ready) {
    // Only the minute ran out (the mentors, rules and form are the same): this request is served
    // the pool it had while the fresh one is prepared, which replaces it when ready.
    cached.refreshing = true;
    pools.set(program.id, cached);
    pool.then(
      () => {
        if (pools.get(program.id) === cached) pools.set(program.id, { ...entry, ready: true });
      },
      () => {
        cached.refreshing = false; // the next request tries again
      },
    );
    return cached.pool;
  }
  pools.set(program.id, entry);
  pool.then(
    () => {
      entry.ready = true;
    },
    () => {
      if (pools.get(program.id) === entry) pools.delete(program.id);
    },
  );
  for (const key of pools.keys()) {
    if (pools.size <= MAX_POOLS) break;
    pools.delete(key);
  }
  return pool;
}
