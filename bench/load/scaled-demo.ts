// The demo organization scaled up for the load benchmark: the 48 demo people plus generated
// mentors and mentees to 1,000 people, and 2,000 active relationships across three programs.
import { upsertProfile } from '../../src/db/repositories/profile.repository.ts';
import { actorOf, type Person } from '../../src/domain/person.ts';
import type { ServiceContext } from '../../src/services/context.ts';
import { demoCoordinator, demoPassword } from '../../src/services/demo/demo-people.ts';
import { demoOrganizationSlug, seedDemoOrganization } from '../../src/services/demo/demo-seed.service.ts';
import { enrolPerson } from '../../src/services/enrolment.service.ts';
import { findOrganization } from '../../src/services/organization.service.ts';
import { createPerson } from '../../src/services/person.service.ts';
import { createProgram } from '../../src/services/program.service.ts';
import { startRelationships, type NewRelationship } from '../../src/services/relationships/start-relationships.ts';
import { hashPassword } from '../../src/services/security/passwords.ts';
import { findPersonByEmail } from '../../src/db/repositories/person.repository.ts';

/** A mentee of the scaled demo and their relationships, for the benchmark's connections. */
export type LoadMentee = { email: string; relationships: Array<{ id: string; programId: string }> };

export type ScaledDemo = { people: number; relationships: number; mentees: LoadMentee[] };

const DEMO_PEOPLE = 48;
const PROGRAMS = 3;

/**
 * Seeds the demo organization, then adds people (a quarter of them mentors) up to `people` and
 * `relationships` active relationships, each mentee in up to three programs with a different
 * mentor in each. Mentors get room for all of theirs. Returns the mentees' sign-ins (password:
 * the demo password).
 */
export async function seedScaledDemo(
  ctx: ServiceContext,
  target: { people: number; relationships: number },
  log: (line: string) => void,
): Promise<ScaledDemo> {
  await seedDemoOrganization(ctx);
  const organization = await findOrganization(ctx, demoOrganizationSlug);
  const coordinatorPerson = organization && (await findPersonByEmail(ctx.db, organization.id, demoCoordinator.email));
  if (!organization || !coordinatorPerson) throw new Error('the demo organization was not seeded');
  const coordinator = actorOf(coordinatorPerson);
  return ctx.db.transaction(async (trx) => {
    const tx: ServiceContext = { ...ctx, db: trx };
    const passwordHash = await hashPassword(demoPassword);
    const extra = target.people - DEMO_PEOPLE;
    const mentorCount = Math.round(extra / 4);
    const mentors: Person[] = [];
    const mentees: Person[] = [];
    for (let i = 0; i < extra; i++) {
      const isMentor = i < mentorCount;
      const person = await createPerson(tx, organization.id, {
        email: `${isMentor ? 'mentor' : 'mentee'}-${i}@load.aurora.example`,
        displayName: `${isMentor ? 'Mentor' : 'Mentee'} ${i}`,
        organizationRole: 'member',
        passwordHash,
        department: ['Engineering', 'Finance', 'Product', 'Sales', 'Research'][i % 5] ?? 'Engineering',
      });
      (isMentor ? mentors : mentees).push(person);
    }
    log(`${extra} people added`);
    const perMentor = Math.ceil(target.relationships / mentors.length) + 2;
    for (const mentor of mentors)
      await upsertProfile(trx, organization.id, mentor.id, { mentorCapacity: perMentor, expertiseOffered: ['leadership'] });
    const rows: NewRelationship[] = [];
    for (let k = 0; k < PROGRAMS && rows.length < target.relationships; k++) {
      const program = await createProgram(tx, coordinator, { name: `Load program ${k + 1}`, type: 'one_to_one', status: 'active' });
      for (const mentor of mentors) await enrolPerson(tx, coordinator, program.id, { personId: mentor.id, role: 'mentor' });
      for (const [i, mentee] of mentees.entries()) {
        if (rows.length >= target.relationships) break;
        const mentor = mentors[(i + k * 80) % mentors.length] as Person;
        await enrolPerson(tx, coordinator, program.id, { personId: mentee.id, role: 'mentee' });
        rows.push({
          programId: program.id,
          mentorId: mentor.id,
          menteeId: mentee.id,
          source: 'manual',
          matchingRunId: null,
          createdById: coordinator.personId,
        });
      }
      log(`program ${k + 1} enrolled`);
    }
    const byMentee = new Map<string, LoadMentee>(mentees.map((mentee) => [mentee.id, { email: mentee.email, relationships: [] }]));
    for (let start = 0; start < rows.length; start += 200) {
      const batch = rows.slice(start, start + 200);
      const ids = await startRelationships(trx, organization.id, batch);
      for (const [index, id] of ids.entries()) {
        const row = batch[index] as NewRelationship;
        byMentee.get(row.menteeId)?.relationships.push({ id, programId: row.programId });
      }
    }
    log(`${rows.length} relationships started`);
    return { people: DEMO_PEOPLE + extra, relationships: rows.length, mentees: [...byMentee.values()] };
  });
}
