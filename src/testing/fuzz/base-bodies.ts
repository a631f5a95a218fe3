/**
 * Valid bodies for operations whose schema has rules JSON Schema cannot say (a refinement such as
 * "a name or a personId", "startsAt or localStart"), so the fuzzer's generated body would be
 * refused before any mutation. Keyed by `METHOD /path` as in the OpenAPI document.
 */
/** An instant this many days from now: meetings must lie within a year back and two years ahead. */
const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

export const baseBodies: Record<string, (ids: Record<string, string>) => unknown> = {
  'POST /api/v1/me/network/ties': () => ({
    kind: 'peer',
    functions: ['acceptance'],
    closeness: 3,
    frequency: 'monthly',
    name: 'Ana Ruiz',
    insideOrganization: false,
  }),
  'PATCH /api/v1/me/network/ties/{tieId}': () => ({ closeness: 3 }),
  // ids or all, not both: the fuzzer's generated body would carry both.
  'POST /api/v1/me/notifications/read': (ids) => ({ ids: [ids.personId] }),
  // A reset link's token has a pattern the generated example cannot match; an unknown link is a 404, as for anyone.
  'POST /api/v1/auth/password-reset/complete': () => ({
    token: 'fuzz-unknown-reset-link-token-0123456789',
    password: 'a brand new passphrase',
  }),
  'POST /api/v1/programs/{programId}/enrolments/bulk': (ids) => ({ people: [{ personId: ids.personId, role: 'supervisor' }] }),
  'POST /api/v1/relationships/{relationshipId}/meetings': () => ({ startsAt: daysFromNow(30), durationMinutes: 45, channel: 'video' }),
  'POST /api/v1/relationships/{relationshipId}/meetings/{meetingId}/reschedule': () => ({ startsAt: daysFromNow(31) }),
};
