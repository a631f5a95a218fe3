import { upsertProfile } from '../../db/repositories/profile.repository.ts';
import { actorOf } from '../../domain/person.ts';
import type { ServiceContext } from '../context.ts';
import { enrolPerson } from '../enrolment.service.ts';
import { createOrganization, findOrganization } from '../organization.service.ts';
import { createPerson } from '../person.service.ts';
import { createProgram } from '../program.service.ts';
import { hashPassword } from '../security/passwords.ts';
import { demoAdmin, demoCoordinator, demoMentees, demoMentors, demoPassword } from './demo-people.ts';
import { demoProfileOf } from './demo-profiles.ts';
import { developmentalNetworks, emergingLeaders, engineeringCircles } from './demo-programs.ts';

export const demoOrganizationSlug = 'aurora';

export type SeedProgress = (done: number, total: number, label: string) => void;

/**
 * Creates the demo organization: an admin, a coordinator, 14 mentors, 32 mentees and two
 * programs with enrolments. Does nothing (and says so) when it already exists.
 *
 * @example const seeded = await seedDemoOrganization(ctx, (done, total) => bar.update(done));
 */
export async function seedDemoOrganization(
  ctx: ServiceContext,
  onProgress: SeedProgress = () => undefined,
): Promise<{ created: boolean; people: number; programs: number }> {
  if (await findOrganization(ctx, demoOrganizationSlug)) return { created: false, people: 0, programs: 0 };
  // All or nothing: an interrupted seed leaves no half-made organization behind.
  return ctx.db.transaction((trx) => seedInside({ ...ctx, db: trx }, onProgress));
}

async function seedInside(ctx: ServiceContext, onProgress: SeedProgress): Promise<{ created: boolean; people: number; programs: number }> {
  const everyone = [demoAdmin, demoCoordinator, ...demoMentors, ...demoMentees];
  const total = everyone.length + 3;
  let done = 0;
  const step = (label: string) => onProgress(++done, total, label);

  const organization = await createOrganization(ctx, { name: 'Aurora Labs', slug: demoOrganizationSlug });
  // One argon2 hash for all demo accounts keeps seeding fast; each still verifies normally.
  const passwordHash = await hashPassword(demoPassword);
  const created = new Map<string, string>();
  for (const person of everyone) {
    const organizationRole = person === demoAdmin ? 'admin' : person === demoCoordinator ? 'coordinator' : 'member';
    const { expertiseOffered, ...fields } = person;
    const row = await createPerson(ctx, organization.id, { ...fields, organizationRole, passwordHash });
    await upsertProfile(ctx.db, organization.id, row.id, demoProfileOf(person, demoMentors.includes(person)));
    created.set(person.email, row.id);
    step(`person ${person.displayName}`);
  }
  const coordinator = actorOf({
    ...demoCoordinator,
    id: created.get(demoCoordinator.email) ?? '',
    organizationId: organization.id,
    organizationRole: 'coordinator',
    status: 'active',
  });
  const idOf = (email: string) => created.get(email) ?? '';

  const leaders = await createProgram(ctx, coordinator, emergingLeaders);
  for (const mentor of demoMentors.slice(0, 10)) {
    await enrolPerson(ctx, coordinator, leaders.id, { personId: idOf(mentor.email), role: 'mentor' });
  }
  for (const mentee of demoMentees.slice(0, 24)) {
    await enrolPerson(ctx, coordinator, leaders.id, { personId: idOf(mentee.email), role: 'mentee' });
  }
  for (const supervisor of demoMentors.slice(10, 12)) {
    await enrolPerson(ctx, coordinator, leaders.id, { personId: idOf(supervisor.email), role: 'supervisor' });
  }
  step(`program ${leaders.name}`);

  const circles = await createProgram(ctx, coordinator, engineeringCircles);
  const circleMentors = demoMentors.filter((mentor) =>
    ['Amara Okafor', 'Anjali Mehta', 'Grace Mwangi', 'Mei Lin Tan'].includes(mentor.displayName),
  );
  for (const mentor of circleMentors) {
    await enrolPerson(ctx, coordinator, circles.id, { personId: idOf(mentor.email), role: 'mentor' });
  }
  // Enough mentees (13) for two circles of the default size with the four mentors.
  const circleMentees = demoMentees.filter((mentee) => ['Engineering', 'Research', 'Product'].includes(mentee.department ?? ''));
  for (const mentee of circleMentees) {
    await enrolPerson(ctx, coordinator, circles.id, { personId: idOf(mentee.email), role: 'mentee' });
  }
  step(`program ${circles.name}`);

  // Everyone but the admin and the coordinator, so any request between two of them can start a relationship.
  const networks = await createProgram(ctx, coordinator, developmentalNetworks);
  for (const mentor of demoMentors) await enrolPerson(ctx, coordinator, networks.id, { personId: idOf(mentor.email), role: 'mentor' });
  for (const mentee of demoMentees) await enrolPerson(ctx, coordinator, networks.id, { personId: idOf(mentee.email), role: 'mentee' });
  step(`program ${networks.name}`);
  return { created: true, people: everyone.length, programs: 3 };
}
