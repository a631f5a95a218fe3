import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { and, eq, sql } from 'drizzle-orm';
import { makeOrganization, makePerson } from '../testing/factories.ts';
import { openTestApp, type TestApp } from '../testing/test-app.ts';
import { isAnyOf, preparedStatement } from './prepared-statement.ts';
import { findPeopleByIds, findPersonById } from './repositories/person.repository.ts';
import { people } from './schema/index.ts';

const namesByIds = preparedStatement('test_names_by_ids', (db, name) =>
  db
    .select({ id: people.id, name: people.displayName })
    .from(people)
    .where(and(eq(people.organizationId, sql.placeholder('organizationId')), isAnyOf(people.id, 'ids')))
    .prepare(name),
);

describe('prepared statements', { timeout: 60_000 }, () => {
  let t: TestApp;
  before(async () => {
    t = await openTestApp();
  });
  after(() => t.handle.close());

  test('a list placeholder takes any number of ids, and only the organization’s rows come back', async () => {
    const org = await makeOrganization(t.ctx);
    const other = await makeOrganization(t.ctx);
    const [a, b, c] = [
      await makePerson(t.ctx, org.id, { name: 'A' }),
      await makePerson(t.ctx, org.id, { name: 'B' }),
      await makePerson(t.ctx, org.id, { name: 'C' }),
    ];
    const outsider = await makePerson(t.ctx, other.id);
    const names = async (ids: string[]) =>
      (await namesByIds(t.ctx.db).execute({ organizationId: org.id, ids })).map((row) => row.name).sort();
    assert.deepEqual(await names([]), []);
    assert.deepEqual(await names([a.id]), ['A']);
    assert.deepEqual(await names([a.id, b.id, c.id, randomUUID()]), ['A', 'B', 'C']);
    assert.deepEqual(await names([outsider.id, c.id]), ['C']);
    assert.deepEqual(
      (await findPeopleByIds(t.ctx.db, org.id, [b.id, outsider.id])).map((p) => p.displayName),
      ['B'],
    );
  });

  test('inside a transaction the statement runs on the transaction’s connection: it sees the transaction’s own uncommitted writes, and nothing once rolled back', async () => {
    const org = await makeOrganization(t.ctx);
    const person = await makePerson(t.ctx, org.id, { name: 'Before' });
    await assert.rejects(
      t.ctx.db.transaction(async (trx) => {
        await trx.update(people).set({ displayName: 'Inside' }).where(eq(people.id, person.id));
        assert.equal((await findPersonById(trx, org.id, person.id))?.displayName, 'Inside');
        assert.deepEqual(
          (await namesByIds(trx).execute({ organizationId: org.id, ids: [person.id] })).map((row) => row.name),
          ['Inside'],
        );
        throw new Error('roll back');
      }),
      /roll back/,
    );
    assert.equal((await findPersonById(t.ctx.db, org.id, person.id))?.displayName, 'Before');
  });

  test('each name belongs to one statement', () => {
    assert.throws(() => preparedStatement('test_names_by_ids', (db) => db), /taken/);
  });
});
