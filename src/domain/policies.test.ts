import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { OrganizationRole, ProgramRole } from '../../shared/enums.ts';
import type { Actor } from './person.ts';
import { canCreatePrograms, canInvitePeople, canListPeople, canManageProgram, canViewProgram } from './policies.ts';

const actor = (organizationRole: OrganizationRole): Actor => ({ personId: 'p', organizationId: 'o', organizationRole });

describe('policies', () => {
  // [org role, roles in program, can view, can manage]
  const programCases: Array<[OrganizationRole, ProgramRole[], boolean, boolean]> = [
    ['admin', [], true, true],
    ['coordinator', [], true, false],
    ['coordinator', ['coordinator'], true, true],
    ['member', ['coordinator'], true, true],
    ['member', ['mentor'], true, false],
    ['member', ['mentee', 'supervisor'], true, false],
    ['member', [], false, false],
  ];
  for (const [organizationRole, roles, view, manage] of programCases) {
    test(`${organizationRole} with [${roles.join(', ')}]: view ${view}, manage ${manage}`, () => {
      assert.equal(canViewProgram(actor(organizationRole), roles), view);
      assert.equal(canManageProgram(actor(organizationRole), roles), manage);
    });
  }

  test('who creates programs, invites and browses the directory', () => {
    assert.deepEqual(
      (['admin', 'coordinator', 'member'] as const).map((role) => [
        canCreatePrograms(actor(role)),
        canInvitePeople(actor(role)),
        canListPeople(actor(role), false),
        canListPeople(actor(role), true),
      ]),
      [
        [true, true, true, true],
        [true, false, true, true],
        [false, false, false, true],
      ],
    );
  });
});
