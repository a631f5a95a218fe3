/**
 * Valid bodies for operations whose schema has rules JSON Schema cannot say (a refinement such as
 * "a name or a personId", "startsAt or localStart"), so the fuzzer's generated body would be
 * refused before any mutation. Keyed by `METHOD /path` as in the OpenAPI document.
 */
export const baseBodies: Record<string, (ids: Record<string, string>) => unknown> = {
  'POST /api/v1/me/network/ties': () => ({ kind: 'peer', functions: ['acceptance'], closeness: 3, frequency: 'monthly', name: 'Ana Ruiz', insideOrganization: false }),
  'PATCH /api/v1/me/network/ties/{tieId}': () => ({ closeness: 3 }),
  'POST /api/v1/relationships/{relationshipId}/meetings': () => ({ startsAt: '2099-06-01T10:00:00.000Z', durationMinutes: 45, channel: 'video' }),
  'POST /api/v1/relationships/{relationshipId}/meetings/{meetingId}/reschedule': () => ({ startsAt: '2099-06-02T10:00:00.000Z' }),
};
