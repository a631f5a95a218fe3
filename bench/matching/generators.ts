// Deterministic matching-benchmark instances. Each generator returns a ScoreSource whose scores
// are computed in scoreRow from per-person features (typed arrays built once), never stored as
// a mentee x mentor matrix: at 20k x 5k that matrix would be 1e8 numbers. scoreRow is the hot
// path of the benchmark, so it allocates nothing and uses integer hashing only.
import type { ScoreSource } from '../../src/domain/matching/candidate-pipeline.ts';

export type GeneratorName = 'uniform' | 'profile' | 'lowrank' | 'twosided' | 'demand';
export const generatorNames: readonly GeneratorName[] = ['uniform', 'profile', 'lowrank', 'twosided', 'demand'];

export type InstanceSpec = {
  mentees: number;
  mentors: number;
  /** A fixed capacity per mentor, or 'mixed' for 1-5 (mean 3). */
  capacity: number | 'mixed';
  seed: number;
};

/**
 * A benchmark instance: the ScoreSource the engine consumes plus, for two-sided instances, each
 * side's own preference (higher is preferred) for stable (deferred-acceptance) mode.
 */
export type BenchSource = ScoreSource & {
  name: GeneratorName;
  description: string;
  menteePreference?: (mentee: number, mentor: number) => number;
  mentorPreference?: (mentee: number, mentor: number) => number;
};

/** murmur3's 32-bit finalizer: a fast, well-mixed integer hash. */
export function fmix32(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hash of (a, b, seed) as an unsigned 32-bit integer. */
export function hash3(a: number, b: number, seed: number): number {
  return fmix32(fmix32(a ^ Math.imul(seed, 0x9e3779b1)) + Math.imul(b, 0x27d4eb2f));
}

/** A uniform number in [0, 1) from (a, b, seed). */
function unit(a: number, b: number, seed: number): number {
  return hash3(a, b, seed) / 4294967296;
}

/** Zipf(s) sampling over n items from a uniform u in [0, 1). */
function zipfSampler(n: number, s: number): (u: number) => number {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let r = 0; r < n; r++) {
    total += 1 / (r + 1) ** s;
    cumulative[r] = total;
  }
  return (u) => {
    const target = u * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

function ids(prefix: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}${i}`);
}

function capacities(spec: InstanceSpec): Int32Array {
  const capacity = new Int32Array(spec.mentors);
  for (let j = 0; j < spec.mentors; j++) {
    capacity[j] = spec.capacity === 'mixed' ? 1 + (hash3(j, 1, spec.seed ^ 0x5bd1e995) % 5) : spec.capacity;
  }
  return capacity;
}

/** Scores on a 1e-4 grid, so the engine's integer costs (1e-6 resolution) are exact. */
const GRID = 10_000;
const INVERSE_GRID = 1 / GRID;

/** Uniform: an independent pseudo-random score per pair, no structure at all. */
export function uniformSource(spec: InstanceSpec): BenchSource {
  const { mentees, mentors, seed } = spec;
  return {
    name: 'uniform',
    description: 'independent hash score per pair',
    menteeIds: ids('e', mentees),
    mentorIds: ids('m', mentors),
    demand: new Int32Array(mentees).fill(1),
    capacity: capacities(spec),
    scoreRow(i, out) {
      const hi = fmix32(i ^ Math.imul(seed, 0x9e3779b1));
      for (let j = 0; j < mentors; j++) {
        const h = fmix32(hi + Math.imul(j, 0x27d4eb2f));
        out[j] = (h % GRID) * INVERSE_GRID;
      }
    },
  };
}

const SKILLS = 32;
const LANGUAGES = 6;

/** Per-person features of the realistic profile generator. */
type Profiles = {
  /** Mentee: the three wanted skills, most wanted first. */
  want: Int32Array;
  /** Mentor: skill bit set (32 skills). */
  skills: Int32Array;
  menteeLanguages: Int32Array;
  mentorLanguages: Int32Array;
  menteeZone: Int32Array;
  mentorZone: Int32Array;
  menteeLevel: Int32Array;
  mentorLevel: Int32Array;
};

/**
 * Realistic-ish profiles: skill popularity is Zipf-skewed on the mentee side (everyone wants the
 * same few skills) and flatter on the mentor side, so mentors with popular skills are
 * oversubscribed. Hard constraints make some pairs infeasible (score -1): no common language,
 * more than 7 hours of time-zone difference, or a mentor not senior to the mentee.
 */
function buildProfiles(spec: InstanceSpec): Profiles {
  const { mentees, mentors, seed } = spec;
  const menteeSkill = zipfSampler(SKILLS, 1.1);
  const mentorSkill = zipfSampler(SKILLS, 0.4);
  const language = zipfSampler(LANGUAGES - 1, 1.0);
  const p: Profiles = {
    want: new Int32Array(3 * mentees),
    skills: new Int32Array(mentors),
    menteeLanguages: new Int32Array(mentees),
    mentorLanguages: new Int32Array(mentors),
    menteeZone: new Int32Array(mentees),
    mentorZone: new Int32Array(mentors),
    menteeLevel: new Int32Array(mentees),
    mentorLevel: new Int32Array(mentors),
  };
  const languagesOf = (person: number, side: number): number => {
    // English (bit 0) for 75%, plus one other language.
    const english = unit(person, side + 10, seed) < 0.75 ? 1 : 0;
    return english | (1 << (1 + language(unit(person, side + 11, seed))));
  };
  for (let i = 0; i < mentees; i++) {
    let drawn = 0;
    for (let attempt = 0; drawn < 3; attempt++) {
      const s = attempt < 50 ? menteeSkill(unit(i, 100 + attempt, seed)) : attempt % SKILLS;
      let dup = false;
      for (let d = 0; d < drawn; d++) if (p.want[3 * i + d] === s) dup = true;
      if (!dup) p.want[3 * i + drawn++] = s;
    }
    p.menteeLanguages[i] = languagesOf(i, 0);
    p.menteeZone[i] = -8 + (hash3(i, 20, seed) % 19);
    p.menteeLevel[i] = 1 + (hash3(i, 21, seed) % 6);
  }
  for (let j = 0; j < mentors; j++) {
    let mask = 0;
    const count = 3 + (hash3(j, 30, seed) % 4);
    for (let attempt = 0; attempt < 200 && popcount(mask) < count; attempt++) mask |= 1 << mentorSkill(unit(j, 200 + attempt, seed));
    p.skills[j] = mask;
    p.mentorLanguages[j] = languagesOf(j, 1);
    p.mentorZone[j] = -8 + (hash3(j, 22, seed) % 19);
    p.mentorLevel[j] = 3 + (hash3(j, 23, seed) % 6);
  }
  return p;
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) as number;
}

/** Realistic profiles (see buildProfiles), demand 1. */
export function profileSource(spec: InstanceSpec, demandVariant = false): BenchSource {
  const { mentees, mentors, seed } = spec;
  const p = buildProfiles(spec);
  const demand = new Int32Array(mentees).fill(1);
  if (demandVariant) for (let i = 0; i < mentees; i++) demand[i] = 1 + (hash3(i, 40, seed) % 3);
  return {
    name: demandVariant ? 'demand' : 'profile',
    description: demandVariant
      ? 'profile scores, each mentee wants 1-3 mentors'
      : 'Zipf skill popularity, language/time-zone/seniority hard rules',
    menteeIds: ids('e', mentees),
    mentorIds: ids('m', mentors),
    demand,
    capacity: capacities(spec),
    ...cellSource(mentees, mentors, seed, (i, j, hi) => profileCell(p, i, j, hi)),
  };
}

function menteeHash(i: number, seed: number): number {
  return fmix32(i ^ Math.imul(seed, 0x9e3779b1));
}

/** The mentee's view of a mentor in [0, 1], or -1 when a hard constraint fails (no language in common, more than 7 hours apart, mentor not senior); no allocation, the noise hashed from the mentee's hash. */
function profileCell(p: Profiles, i: number, j: number, hi: number): number {
  const zoneGap = Math.abs((p.menteeZone[i] as number) - (p.mentorZone[j] as number));
  const levelGap = (p.mentorLevel[j] as number) - (p.menteeLevel[i] as number);
  if (((p.menteeLanguages[i] as number) & (p.mentorLanguages[j] as number)) === 0 || zoneGap > 7 || levelGap <= 0) return -1;
  const mask = p.skills[j] as number;
  const skill =
    0.5 * ((mask >>> (p.want[3 * i] as number)) & 1) +
    0.3 * ((mask >>> (p.want[3 * i + 1] as number)) & 1) +
    0.2 * ((mask >>> (p.want[3 * i + 2] as number)) & 1);
  const seniority = levelGap >= 2 && levelGap <= 3 ? 1 : levelGap === 1 ? 0.5 : 0.6;
  const noise = (fmix32(hi + Math.imul(j, 0x27d4eb2f)) & 0xffff) / 65536;
  const value = 0.55 * skill + 0.15 * (1 - zoneGap / 7) + 0.15 * seniority + 0.15 * noise;
  return Math.round(value * GRID) * INVERSE_GRID;
}

/**
 * Adversarial low rank: the score is mostly the mentor's appeal (few mentors are very
 * appealing), a little the fit of the mentee's taste with the mentor's style. Everyone wants the
 * same mentors, so top-k per mentee alone misses the pairs the optimum needs.
 */
export function lowRankSource(spec: InstanceSpec): BenchSource {
  const { mentees, mentors, seed } = spec;
  const appeal = new Float64Array(mentors);
  const style = new Float64Array(mentors);
  const taste = new Float64Array(mentees);
  for (let j = 0; j < mentors; j++) {
    appeal[j] = unit(j, 50, seed) ** 3;
    style[j] = unit(j, 51, seed);
  }
  for (let i = 0; i < mentees; i++) taste[i] = unit(i, 52, seed);
  return {
    name: 'lowrank',
    description: 'score ≈ mentor appeal: everyone wants the same mentors',
    menteeIds: ids('e', mentees),
    mentorIds: ids('m', mentors),
    demand: new Int32Array(mentees).fill(1),
    capacity: capacities(spec),
    scoreRow(i, out) {
      const t = taste[i] as number;
      for (let j = 0; j < mentors; j++) {
        const value = 0.85 * (appeal[j] as number) + 0.15 * (1 - Math.abs(t - (style[j] as number)));
        out[j] = Math.round(value * GRID) * INVERSE_GRID;
      }
    },
  };
}

/**
 * Two-sided: mentees rank mentors by profile fit, mentors rank mentees by their own criteria
 * (mentee readiness, a personal affinity); the platform's score is the mean of both views. Used
 * for stable mode, which needs each side's ranking.
 */
export function twoSidedSource(spec: InstanceSpec): BenchSource {
  const { mentees, mentors, seed } = spec;
  const p = buildProfiles(spec);
  const readiness = new Float64Array(mentees);
  for (let i = 0; i < mentees; i++) readiness[i] = unit(i, 60, seed);
  const menteePreference = (i: number, j: number): number => profileCell(p, i, j, menteeHash(i, seed));
  const mentorPreference = (i: number, j: number): number => 0.6 * (readiness[i] as number) + 0.4 * unit(i, j, seed ^ 0x68e31da4);
  return {
    name: 'twosided',
    description: 'mentee fit + mentor-side preference (stable mode)',
    menteeIds: ids('e', mentees),
    mentorIds: ids('m', mentors),
    demand: new Int32Array(mentees).fill(1),
    capacity: capacities(spec),
    menteePreference,
    mentorPreference,
    ...cellSource(mentees, mentors, seed, (i, j, hi) => {
      const mentee = profileCell(p, i, j, hi);
      if (mentee < 0) return -1;
      const mentor = 0.6 * (readiness[i] as number) + 0.4 * unit(i, j, seed ^ 0x68e31da4);
      return Math.round(0.5 * (mentee + mentor) * GRID) * INVERSE_GRID;
    }),
  };
}

/**
 * scoreRow, scoreColumn and scorePairs from one pair function `cell(i, j, menteeHash)`, so
 * pricing can score by row, by column or pair by pair, always the same scores.
 */
function cellSource(
  mentees: number,
  mentors: number,
  seed: number,
  cell: (i: number, j: number, hi: number) => number,
): Pick<BenchSource, 'scoreRow' | 'scoreColumn' | 'scorePairs'> {
  return {
    scoreRow(i, out) {
      const hi = menteeHash(i, seed);
      for (let j = 0; j < mentors; j++) out[j] = cell(i, j, hi);
    },
    scoreColumn(j, out) {
      for (let i = 0; i < mentees; i++) out[i] = cell(i, j, menteeHash(i, seed));
    },
    scorePairs(i, chosen, count, out) {
      const hi = menteeHash(i, seed);
      for (let s = 0; s < count; s++) out[s] = cell(i, chosen[s] as number, hi);
    },
  };
}

export function createSource(name: GeneratorName, spec: InstanceSpec): BenchSource {
  switch (name) {
    case 'uniform':
      return uniformSource(spec);
    case 'profile':
      return profileSource(spec);
    case 'lowrank':
      return lowRankSource(spec);
    case 'twosided':
      return twoSidedSource(spec);
    case 'demand':
      return profileSource(spec, true);
  }
}
