import { randomUUID } from 'node:crypto';
import type { OrganizationRole } from '../../shared/enums.ts';
import type { Organization, Person } from '../domain/person.ts';
import { actorOf } from '../domain/person.ts';
import type { ServiceContext } from '../services/context.ts';
import { createOrganization } from '../services/organization.service.ts';
import { createPerson } from '../services/person.service.ts';
import { hashPassword } from '../services/security/passwords.ts';
import { createProgram, type ProgramView } from '../services/program.service.ts';
import { enrolPerson } from '../services/enrolment.service.ts';
import { startRelationships } from '../services/relationships/start-relationships.ts';
import type { ProgramRole } from '../../shared/enums.ts';

/** Every person a factory makes signs in with this password. */
export const testPassword = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;

/** A new organization with a unique slug. */
export async function makeOrganization(ctx: ServiceContext, name = 'Test Org'): Promise<Organization> {
  return createOrganization(ctx, { name, slug: `org-${randomUUID().slice(0, 8)}` });
}

/** A person with a unique email who can sign in with `testPassword`. */
export async function makePerson(
  ctx: ServiceContext,
  organizationId: string,
  options: { role?: OrganizationRole; name?: string; department?: string } = {},
): Promise<Person> {
  passwordHash ??= hashPassword(testPassword);
  const id = randomUUID().slice(0, 8);
  return createPerson(ctx, organizationId, {
    email: `person-${id}@example.test`,
    displayName: options.name ?? `Person ${id}`,
    organizationRole: options.role ?? 'member',
    passwordHash: await passwordHash,
    department: options.department ?? 'Engineering',
  });
}

/** A program created by `coordinator`, with the given people enrolled in their roles. */
export async function makeProgram(
  ctx: ServiceContext,
  coordinator: Person,
  enrol: Array<[Person, ProgramRole]> = [],
  type: 'one_to_one' | 'group' | 'self_directed' = 'one_to_one',
): Promise<ProgramView> {
  const actor = actorOf(coordinator);
  const program = await createProgram(ctx, actor, { name: `Program ${randomUUID().slice(0, 6)}`, type, status: 'active' });
  for (const [person, role] of enrol) await enrolPerson(ctx, actor, program.id, { personId: person.id, role });
  return program;
}

/**
 * A pair of a program, with the coordinator, mentor and mentee enrolled and an active
 * relationship between them (as if a matching run had been published).
 */
export async function makeRelationship(
  ctx: ServiceContext,
  organizationId: string,
  options: { mentor?: Person; mentee?: Person; coordinator?: Person } = {},
): Promise<{ relationshipId: string; program: ProgramView; coordinator: Person; mentor: Person; mentee: Person }> {
  const coordinator = options.coordinator ?? (await makePerson(ctx, organizationId, { role: 'coordinator' }));
  const mentor = options.mentor ?? (await makePerson(ctx, organizationId, { name: 'Mentor Person' }));
  const mentee = options.mentee ?? (await makePerson(ctx, organizationId, { name: 'Mentee Person' }));
  const program = await makeProgram(ctx, coordinator, [
    [mentor, 'mentor'],
    [mentee, 'mentee'],
  ]);
  const [relationshipId] = await startRelationships(ctx.db, organizationId, [
    { programId: program.id, mentorId: mentor.id, menteeId: mentee.id, source: 'manual', matchingRunId: null, createdById: coordinator.id },
  ]);
  if (!relationshipId) throw new Error('relationship not created');
  return { relationshipId, program, coordinator, mentor, mentee };
}
