import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { programRoles, type ProgramRole } from '../../../shared/enums.ts';
import type { Person } from '../../domain/person.ts';
import { emptyEnrolmentCounts } from '../../domain/program.ts';
import { makeOrganization, makePerson, makeProgram } from '../../testing/factories.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';
import { enrolments } from '../schema/index.ts';
import { upsertEnrolment } from './enrolment.repository.ts';
import { listProgramsWithRoles } from './program-view.repository.ts';

type Operation =
  | { kind: 'enrol' | 'withdraw' | 'delete'; program: number; person: number; role: ProgramRole }
  | { kind: 'switch_role'; program: number; person: number; role: ProgramRole; to: ProgramRole };

const roleArbitrary = fc.constantFrom(...programRoles);
const operationArbitrary: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('enrol' as const, 'withdraw' as const, 'delete' as const),
    program: fc.nat(1),
    person: fc.nat(3),
    role: roleArbitrary,
  }),
  fc.record({ kind: fc.constant('switch_role' as const), program: fc.nat(1), person: fc.nat(3), role: roleArbitrary, to: roleArbitrary }),
);

describe('program enrolment counts (kept by the database)', { timeout: 120_000 }, () => {
  let t: TestApp;
  before(async () => {
    t = await openTestApp();
  });
  after(() => t.handle.close());

  test('after any sequence of enrolments, withdrawals, role changes and deletions, the kept counts equal a fresh count; a rolled-back change leaves them as they were', async () => {
    const org = await makeOrganization(t.ctx);
    const coordinator = await makePerson(t.ctx, org.id, { role: 'coordinator' });
    const programIds = [(await makeProgram(t.ctx, coordinator)).id, (await makeProgram(t.ctx, coordinator)).id];
    const people: Person[] = [];
    for (let i = 0; i < 4; i++) people.push(await makePerson(t.ctx, org.id));

    const keptCounts = async () =>
      new Map((await listProgramsWithRoles(t.ctx.db, org.id, coordinator.id, 'all')).map((entry) => [entry.program.id, entry.counts]));
    const freshCounts = async () => {
      const counts = new Map(programIds.map((id) => [id, emptyEnrolmentCounts()]));
      const rows = await t.ctx.db
        .select({ programId: enrolments.programId, role: enrolments.role, n: sql<number>`count(*)::int` })
        .from(enrolments)
        .where(and(eq(enrolments.organizationId, org.id), eq(enrolments.status, 'active')))
        .groupBy(enrolments.programId, enrolments.role);
      for (const row of rows) {
        const program = counts.get(row.programId);
        if (program) program[row.role] = row.n;
      }
      return counts;
    };
    const apply = async (operation: Operation) => {
      const programId = programIds[operation.program] as string;
      const personId = (people[operation.person] as Person).id;
      const mine = and(
        eq(enrolments.organizationId, org.id),
        eq(enrolments.programId, programId),
        eq(enrolments.personId, personId),
        eq(enrolments.role, operation.role),
      );
      if (operation.kind === 'switch_role') {
        const taken = await t.ctx.db
          .select({ id: enrolments.id })
          .from(enrolments)
          .where(and(eq(enrolments.programId, programId), eq(enrolments.personId, personId), eq(enrolments.role, operation.to)));
        if (taken.length === 0) await t.ctx.db.update(enrolments).set({ role: operation.to }).where(mine);
      } else if (operation.kind === 'enrol')
        await upsertEnrolment(t.ctx.db, org.id, { programId, personId, role: operation.role, enrolledById: coordinator.id });
      else if (operation.kind === 'withdraw') await t.ctx.db.update(enrolments).set({ status: 'withdrawn' }).where(mine);
      else await t.ctx.db.delete(enrolments).where(mine);
    };

    await fc.assert(
      fc.asyncProperty(fc.array(operationArbitrary, { maxLength: 25 }), async (operations) => {
        await t.ctx.db.delete(enrolments).where(eq(enrolments.organizationId, org.id));
        for (const operation of operations) await apply(operation);
        assert.deepEqual(await keptCounts(), await freshCounts());
      }),
      { numRuns: 25, seed: 20261123 },
    );

    const before = await keptCounts();
    await assert.rejects(
      t.ctx.db.transaction(async (trx) => {
        await upsertEnrolment(trx, org.id, {
          programId: programIds[0] as string,
          personId: (people[0] as Person).id,
          role: 'supervisor',
          enrolledById: coordinator.id,
        });
        await trx.delete(enrolments).where(eq(enrolments.organizationId, org.id));
        throw new Error('roll back');
      }),
      /roll back/,
    );
    assert.deepEqual(await keptCounts(), before);
  });
});
