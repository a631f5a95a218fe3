import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { z } from 'zod';
import { type ApiResponse, bodyOf, errorOf, fieldIssuesOf, withSchema } from './http-client.ts';

const answer = (status: number, body: unknown): ApiResponse => ({ status, headers: new Headers(), body });
const ProgramNameSchema = z.object({ id: z.string(), name: z.string() });

describe('reading answers by their documented shape (http-client)', () => {
  test('bodyOf gives the body when it has the shape, and keeps fields the schema does not name', () => {
    const program = bodyOf(answer(200, { id: 'p1', name: 'Leaders', secret: 'x' }), ProgramNameSchema);
    assert.equal(program.name, 'Leaders');
    assert.ok('secret' in program, 'an absence check still sees what the API sent');
  });

  test('bodyOf fails naming the status and the field that does not fit', () => {
    assert.throws(
      () => bodyOf(answer(200, { id: 'p1', name: 42 }), ProgramNameSchema),
      /answer 200 does not have the expected shape \(name: /,
    );
  });

  test('withSchema refuses an error answer, naming its status and body', () => {
    const refused = answer(403, { error: { code: 'not_program_coordinator', message: 'No' } });
    assert.throws(() => withSchema(refused, ProgramNameSchema), /answered 403, not a success: .*not_program_coordinator/);
    assert.equal(withSchema(answer(201, { id: 'p1', name: 'Leaders' }), ProgramNameSchema).body.id, 'p1');
  });

  test('errorOf and fieldIssuesOf read the error envelope, and fail on anything else', () => {
    const invalid = answer(422, {
      error: { code: 'invalid_input', message: 'Invalid input', details: [{ field: 'name', message: 'Required' }] },
    });
    assert.equal(errorOf(invalid).code, 'invalid_input');
    assert.deepEqual(
      fieldIssuesOf(invalid).map((issue) => issue.field),
      ['name'],
    );
    assert.throws(() => errorOf(answer(200, { id: 'p1' })), /does not have the expected shape/);
    assert.throws(() => fieldIssuesOf(answer(409, { error: { code: 'x', message: 'y', details: { organizations: [] } } })));
  });
});
