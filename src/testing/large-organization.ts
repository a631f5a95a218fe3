import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Database } from '../db/database.ts';
import { actorOf, type Person } from '../domain/person.ts';
import { createLogger } from '../logger.ts';
import type { ServiceContext } from '../services/context.ts';
import { createOrganization } from '../services/organization.service.ts';
import { createPerson } from '../services/person.service.ts';
import { createProgram } from '../services/program.service.ts';
import { type NewRelationship, startRelationships } from '../services/relationships/start-relationships.ts';
import { hashPassword } from '../services/security/passwords.ts';
import { testPassword } from './factories.ts';
import {
  insertLargeApplications,
  insertLargeEnrolments,
  insertLargePeople,
  insertLargeProfiles,
  insertLargeSkills,
  type LargeSegment,
  largePersonEmail,
  largePersonId,
} from './large-organization-sql.ts';

/** How large: the organization is `fullLargeOrganization`. */
export type LargeOrganizationSize = {
  /** People in the organization in all (raised to fit the staff, mentors and mentees when smaller). */
  people: number;
  mentees: number;
  mentors: number;
  mentorCapacity: number;
  /** Applications of mentees to the program (at most one per mentee). */
  applications: number;
  /** Active relationships already started in the program (mentee i with mentor i modulo the mentors). */
  relationships?: number;
};

/** Issue 22's organization: 25,000 people, a 20,000 x 5,000 one-to-one program (capacity 4), 2,000 applications. */
export const fullLargeOrganization: LargeOrganizationSize = {
  people: 25_000,
  mentees: 20_000,
  mentors: 5_000,
  mentorCapacity: 4,
  applications: 2_000,
};

/** Someone to sign in as (every seeded person signs in with `password`). */
export type SeededAccount = { id: string; email: string };

export type LargeOrganization = {
  organizationId: string;
  programId: string;
  password: string;
  coordinator: SeededAccount;
  admins: SeededAccount[];
  /** Mentee 1 and mentor 1 of the program (mentee 1 has an application; with relationships, a mentor too). */
  mentee: SeededAccount;
  mentor: SeededAccount;
  /** A person of the organization outside the program, when there is one. */
  member: SeededAccount | null;
  counts: { people: number; mentors: number; mentees: number; members: number; applications: number; relationships: number };
  /** The seeding's own duration, by step, in milliseconds. */
  timings: Record<string, number>;
};

const STAFF = 4;
const RELATIONSHIP_BATCH = 500;

/** The seeded account of a segment's `index`th person. */
export function largeAccount(organizationId: string, segment: LargeSegment, index: number): SeededAccount {
  return { id: largePersonId(organizationId, segment, index), email: largePersonEmail(segment, index) };
}

/**
 * Builds a large, realistic organization in the database with set-based SQL (one statement per
 * kind of row, never one per person): people spread over ~40 departments, seniority, cities with
 * their time zones and languages, each mentee and member supervised by a mentor of their
 * department; profiles with expertise, mentoring functions, approaches and availability; a
 * coordinator and three org admins; one active one-to-one program with `mentors` mentors of
 * capacity `mentorCapacity` and `mentees` mentees, and `applications` applications. The
 * enrolment-count trigger keeps the program's counts; `ANALYZE` runs at the end. The password is
 * hashed once. Deterministic apart from the organization's own id.
 *
 * @example const org = await seedLargeOrganization(db, fullLargeOrganization, console.log);
 */
export async function seedLargeOrganization(
  db: Database,
  size: LargeOrganizationSize,
  log: (line: string) => void = () => undefined,
): Promise<LargeOrganization> {
  if (size.mentors < 1 || size.mentees < 1) throw new Error('a large organization needs at least one mentor and one mentee');
  const timings: Record<string, number> = {};
  let mark = performance.now();
  const step = (name: string) => {
    const now = performance.now();
    timings[name] = Math.round(now - mark);
    log(`${name}: ${timings[name]} ms`);
    mark = now;
  };
  const ctx: ServiceContext = {
    db,
    secret: 'large-organization-seed-secret-0123456789',
    now: () => new Date(),
    logger: createLogger('silent'),
    sessionTtlDays: 14,
  };
  const hash = await hashPassword(testPassword);
  const organization = await createOrganization(ctx, { name: 'Large Org', slug: `large-${randomUUID().slice(0, 8)}` });
  const org = organization.id;
  const staff = async (email: string, displayName: string, organizationRole: 'coordinator' | 'admin'): Promise<Person> =>
    createPerson(ctx, org, { email, displayName, organizationRole, passwordHash: hash, department: 'People' });
  const coordinator = await staff('coordinator@large.example', 'Casey Coordinator', 'coordinator');
  const admins = [
    await staff('admin-1@large.example', 'Alex Admin', 'admin'),
    await staff('admin-2@large.example', 'Ari Admin', 'admin'),
    await staff('admin-3@large.example', 'Avery Admin', 'admin'),
  ];
  const program = await createProgram(ctx, actorOf(coordinator), {
    name: 'Large cohort',
    type: 'one_to_one',
    status: 'active',
    purpose: 'A company-wide one-to-one cohort',
  });
  step('organization, staff and program');

  const members = Math.max(0, size.people - STAFF - size.mentors - size.mentees);
  const applications = Math.min(size.applications, size.mentees);
  const common = { org, mentors: size.mentors, hash, coordinator: coordinator.id, capacity: size.mentorCapacity, program: program.id };
  await db.transaction(async (trx) => {
    await trx.execute(insertLargeSkills({ org }));
    for (const [segment, count] of [
      ['mentor', size.mentors],
      ['mentee', size.mentees],
      ['member', members],
    ] as const) {
      if (count === 0) continue;
      await trx.execute(insertLargePeople(segment, { ...common, count }));
      await trx.execute(insertLargeProfiles(segment, { ...common, count }));
    }
    step(`people and profiles (${size.mentors + size.mentees + members})`);
    await trx.execute(insertLargeEnrolments('mentor', { ...common, count: size.mentors }));
    await trx.execute(insertLargeEnrolments('mentee', { ...common, count: size.mentees }));
    step(`enrolments (${size.mentors + size.mentees})`);
    if (applications > 0) await trx.execute(insertLargeApplications({ ...common, count: applications }));
    step(`applications (${applications})`);
  });

  const relationships = Math.min(size.relationships ?? 0, size.mentees, size.mentors * size.mentorCapacity);
  for (let start = 0; start < relationships; start += RELATIONSHIP_BATCH) {
    const rows: NewRelationship[] = [];
    for (let i = start + 1; i <= Math.min(start + RELATIONSHIP_BATCH, relationships); i++) {
      rows.push({
        programId: program.id,
        menteeId: largePersonId(org, 'mentee', i),
        mentorId: largePersonId(org, 'mentor', ((i - 1) % size.mentors) + 1),
        source: 'manual',
        matchingRunId: null,
        createdById: coordinator.id,
      });
    }
    await db.transaction((trx) => startRelationships(trx, org, rows));
  }
  if (relationships > 0) step(`relationships (${relationships})`);

  await db.execute(sql`analyze`);
  step('analyze');
  const account = (person: Person): SeededAccount => ({ id: person.id, email: person.email });
  return {
    organizationId: org,
    programId: program.id,
    password: testPassword,
    coordinator: account(coordinator),
    admins: admins.map(account),
    mentee: largeAccount(org, 'mentee', 1),
    mentor: largeAccount(org, 'mentor', 1),
    member: members > 0 ? largeAccount(org, 'member', 1) : null,
    counts: {
      people: STAFF + size.mentors + size.mentees + members,
      mentors: size.mentors,
      mentees: size.mentees,
      members,
      applications,
      relationships,
    },
    timings,
  };
}
