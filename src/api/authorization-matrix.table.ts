import type { Principal } from '../testing/authorization-world.ts';

/**
 * What each principal gets from each operation of the API, as the authorization matrix test
 * checks it. `ok`: allowed (any 2xx, or a 4xx about the input or the state such as 409/422, never
 * 401/403/404); `401`: sign in first; `403`: refused; `404`: not found (or not visible, the two are
 * never told apart). Keys are the OpenAPI operations without the `/api/v1` prefix.
 *
 * Columns, in order: anonymous, mentee (owns the resources), the mentee's mentor, a peer mentee of
 * the same program, a mentor of another program, the program's coordinator, a coordinator of
 * another program, an org admin, the mentee's supervisor, a member of another organization.
 */
// biome-ignore format: the rows are aligned so the table reads as one, column by column
export const authorizationTable: Record<string, string> = {
  //                                                                             anon mentee mentor peer othMtr coord othCrd admin super outsdr
  // Signing in and out needs no session; each principal is signed in again after these calls.
  'POST /auth/sign-in':                                                          'ok   ok     ok     ok   ok     ok    ok     ok    ok    ok',
  'POST /auth/sign-out':                                                         'ok   ok     ok     ok   ok     ok    ok     ok    ok    ok',
  'POST /auth/password':                                                         '401  ok     ok     ok   ok     ok    ok     ok    ok    ok',
  'GET /auth/session':                                                           '401  ok     ok     ok   ok     ok    ok     ok    ok    ok',
  // Forgot password is public and answers the same for everyone; the emailed token is the credential: without one, 404 for all.
  'POST /auth/password-reset':                                                   'ok   ok     ok     ok   ok     ok    ok     ok    ok    ok',
  'POST /auth/password-reset/complete':                                          '404  404    404    404  404    404   404    404   404   404',
  'GET /invitations':                                                            '401  403    403    403  403    403   403    ok    403   403',
  'POST /invitations':                                                           '401  403    403    403  403    403   403    ok    403   403',
  // The invitation token is the credential: whoever holds the link may read and accept it.
  'GET /invitations/by-token/{token}':                                           'ok   ok     ok     ok   ok     ok    ok     ok    ok    ok',
  'POST /invitations/by-token/{token}/accept':                                   'ok   ok     ok     ok   ok     ok    ok     ok    ok    ok',
  'GET /home':                                                                   '401  ok     ok     ok   ok     ok    ok     ok    ok    ok',
  'GET /people':                                                                 '401  403    403    403  403    ok    ok     ok    403   403',
  'POST /imports/people/preview':                                                '401  403    403    403  403    403   403    ok    403   403',
  'POST /imports/people/commit':                                                 '401  403    403    403  403    403   403    ok    403   403',
  'POST /imports/people/report.csv':                                             '401  403    403    403  403    403   403    ok    403   403',
  'GET /me/profile':                                                             '401  ok     ok     ok   ok     ok    ok     ok    ok    ok',
  'PATCH /me/profile':                                                           '401  ok     ok     ok   ok     ok    ok     ok    ok    ok',
  // Someone else's profile (shared attributes only): people who share a program with them, org coordinators, admins.
  'GET /people/{personId}/profile':                                              '401  ok     ok     ok   404    ok    ok     ok    404   404',
  'GET /organization/seniority-scale':                                           '401  ok     ok     ok   ok     ok    ok     ok    ok    ok',
  'PUT /organization/seniority-scale':                                           '401  403    403    403  403    403   403    ok    403   403',
  'GET /skills':                                                                 '401  ok     ok     ok   ok     ok    ok     ok    ok    ok',
  'POST /skills':                                                                '401  ok     ok     ok   ok     ok    ok     ok    ok    ok',
  'POST /skills/{skillId}/review':                                               '401  403    403    403  403    ok    ok     ok    403   403',
  'GET /programs/open':                                                          '401  ok     ok     ok   ok     ok    ok     ok    ok    ok',
  // The program is open for applications, so every member of the organization sees it and its roster.
  'GET /programs/{programId}/intake-form':                                       '401  ok     ok     ok   ok     ok    ok     ok    ok    404',
  'PUT /programs/{programId}/intake-form':                                       '401  403    403    403  403    ok    403    ok    403   404',
  'GET /programs':                                                               '401  ok     ok     ok   ok     ok    ok     ok    ok    ok',
  'POST /programs':                                                              '401  403    403    403  403    ok    ok     ok    403   403',
  'GET /programs/{programId}':                                                   '401  ok     ok     ok   ok     ok    ok     ok    ok    404',
  'PATCH /programs/{programId}':                                                 '401  403    403    403  403    ok    403    ok    403   404',
  'GET /programs/{programId}/enrolments':                                        '401  ok     ok     ok   ok     ok    ok     ok    ok    404',
  'POST /programs/{programId}/enrolments':                                       '401  403    403    403  403    ok    403    ok    403   404',
  'GET /programs/{programId}/enrolments/counts':                                 '401  ok     ok     ok   ok     ok    ok     ok    ok    404',
  'POST /programs/{programId}/enrolments/bulk':                                  '401  403    403    403  403    ok    403    ok    403   404',
  'POST /programs/{programId}/enrolments/bulk.csv':                              '401  403    403    403  403    ok    403    ok    403   404',
  'DELETE /programs/{programId}/enrolments/{enrolmentId}':                       '401  403    403    403  403    ok    403    ok    403   404',
  'GET /me/applications':                                                        '401  ok     ok     ok   ok     ok    ok     ok    ok    ok',
  'PUT /programs/{programId}/my-application':                                    '401  ok     ok     ok   ok     ok    ok     ok    ok    404',
  'GET /applications/{applicationId}':                                           '401  ok     404    404  404    ok    404    ok    404   404',
  'POST /applications/{applicationId}/withdraw':                                 '401  ok     404    404  404    404   404    404   404   404',
  'POST /applications/{applicationId}/decision':                                 '401  403    403    403  403    ok    403    ok    403   404',
  'PUT /applications/{applicationId}/selection-checklist':                       '401  403    403    403  403    ok    403    ok    403   404',
  'GET /programs/{programId}/applications':                                      '401  403    403    403  403    ok    403    ok    403   404',
  'POST /programs/{programId}/applications/bulk-decision':                       '401  403    403    403  403    ok    403    ok    403   404',
  'POST /programs/{programId}/applications/invitations':                         '401  403    403    403  403    ok    403    ok    403   404',
  'GET /programs/{programId}/applications/export.csv':                           '401  403    403    403  403    ok    403    ok    403   404',
  'GET /applications/{applicationId}/interviews':                                '401  403    403    403  403    ok    403    ok    403   404',
  'POST /applications/{applicationId}/interviews':                               '401  403    403    403  403    ok    403    ok    403   404',
  'PATCH /applications/{applicationId}/interviews/{interviewId}':                '401  403    403    403  403    ok    403    ok    403   404',
  'GET /programs/{programId}/circles':                                           '401  ok     ok     ok   403    ok    403    ok    403   404',
  'GET /programs/{programId}/matching/rules':                                    '401  403    403    403  403    ok    403    ok    403   404',
  'PUT /programs/{programId}/matching/rules':                                    '401  403    403    403  403    ok    403    ok    403   404',
  'POST /programs/{programId}/matching/runs':                                    '401  403    403    403  403    ok    403    ok    403   404',
  'GET /programs/{programId}/matching/runs/latest':                              '401  403    403    403  403    ok    403    ok    403   404',
  'GET /matching-runs/{runId}':                                                  '401  403    403    403  403    ok    403    ok    403   404',
  'GET /matching-runs/{runId}/proposals':                                        '401  403    403    403  403    ok    403    ok    403   404',
  'GET /matching-runs/{runId}/unmatched':                                        '401  403    403    403  403    ok    403    ok    403   404',
  'GET /matching-runs/{runId}/circles':                                          '401  403    403    403  403    ok    403    ok    403   404',
  'POST /matching-runs/{runId}/publish':                                         '401  403    403    403  403    ok    403    ok    403   404',
  'POST /matching-runs/{runId}/cancel':                                          '401  403    403    403  403    ok    403    ok    403   404',
  'GET /programs/{programId}/matching/overrides':                                '401  403    403    403  403    ok    403    ok    403   404',
  'POST /programs/{programId}/matching/overrides':                               '401  403    403    403  403    ok    403    ok    403   404',
  'DELETE /programs/{programId}/matching/overrides/{overrideId}':                '401  403    403    403  403    ok    403    ok    403   404',
  'GET /programs/{programId}/matching/suggestions':                              '401  ok     403    ok   403    403   403    403   403   404',
  // Coordinators and admins get every pair; everyone else only their own (an empty list here).
  'GET /programs/{programId}/relationships':                                     '401  ok     ok     ok   ok     ok    ok     ok    ok    404',
  'POST /programs/{programId}/relationships':                                    '401  403    403    403  403    ok    403    ok    403   404',
  'GET /programs/{programId}/matching/preferences/mine':                         '401  ok     ok     ok   403    403   403    403   403   404',
  'GET /programs/{programId}/matching/preferences/candidates':                   '401  ok     403    ok   403    403   403    403   403   404',
  'PUT /programs/{programId}/matching/preferences/mine':                         '401  ok     ok     ok   403    403   403    403   403   404',
  'GET /programs/{programId}/matching/preferences':                              '401  403    403    403  403    ok    403    ok    403   404',
  'GET /programs/{programId}/matching/mentors-wanted':                           '401  403    403    403  403    ok    403    ok    403   404',
  'PUT /programs/{programId}/mentees/{personId}/mentors-wanted':                 '401  ok     403    403  403    ok    403    ok    403   404',
  // The pair's shape (stage, touch points, counts) reaches coordinators and admins; its content only the pair.
  'GET /relationships/{relationshipId}':                                         '401  ok     ok     404  404    ok    404    ok    404   404',
  'POST /mentor-requests':                                                       '401  ok     ok     ok   ok     ok    ok     ok    ok    ok',
  'GET /me/mentor-requests':                                                     '401  ok     ok     ok   ok     ok    ok     ok    ok    ok',
  'GET /mentor-requests/availability/{mentorId}':                                '401  ok     ok     ok   ok     ok    ok     ok    ok    ok',
  'GET /mentor-requests/{requestId}':                                            '401  ok     404    404  404    404   404    404   404   404',
  'POST /mentor-requests/{requestId}/question':                                  '401  403    404    404  404    404   404    404   404   404',
  'POST /mentor-requests/{requestId}/answer':                                    '401  ok     404    404  404    404   404    404   404   404',
  'POST /mentor-requests/{requestId}/accept':                                    '401  403    404    404  404    404   404    404   404   404',
  'POST /mentor-requests/{requestId}/decline':                                   '401  403    404    404  404    404   404    404   404   404',
  'POST /mentor-requests/{requestId}/withdraw':                                  '401  ok     404    404  404    404   404    404   404   404',
  'GET /me/network':                                                             '401  ok     ok     ok   ok     ok    ok     ok    ok    ok',
  'GET /me/network/people':                                                      '401  ok     ok     ok   ok     ok    ok     ok    ok    ok',
  'POST /me/network/ties':                                                       '401  ok     ok     ok   ok     ok    ok     ok    ok    ok',
  'PATCH /me/network/ties/{tieId}':                                              '401  ok     404    404  404    404   404    404   404   404',
  'DELETE /me/network/ties/{tieId}':                                             '401  ok     404    404  404    404   404    404   404   404',
  'GET /me/development-plan':                                                    '401  ok     ok     ok   ok     ok    ok     ok    ok    ok',
  'PUT /me/development-plan':                                                    '401  ok     ok     ok   ok     ok    ok     ok    ok    ok',
  // A plan reaches the supervisor only when the person shared it with them.
  'GET /people/{personId}/development-plan':                                     '401  404    404    404  404    404   404    404   ok    404',
  'POST /people/{personId}/development-plan/comments':                           '401  404    404    404  404    404   404    404   ok    404',
  'GET /me/network/suggestions':                                                 '401  ok     ok     ok   ok     ok    ok     ok    ok    ok',
  // Each person reads and marks only their own notifications and preferences (another's ids change nothing).
  'GET /me/notifications':                                                       '401  ok     ok     ok   ok     ok    ok     ok    ok    ok',
  'POST /me/notifications/read':                                                 '401  ok     ok     ok   ok     ok    ok     ok    ok    ok',
  'GET /me/notification-preferences':                                            '401  ok     ok     ok   ok     ok    ok     ok    ok    ok',
  'PUT /me/notification-preferences':                                            '401  ok     ok     ok   ok     ok    ok     ok    ok    ok',
  'GET /relationships/{relationshipId}/notes':                                   '401  ok     ok     404  404    404   404    404   404   404',
  'POST /relationships/{relationshipId}/notes':                                  '401  ok     ok     404  404    404   404    404   404   404',
  'PATCH /relationships/{relationshipId}/notes/{noteId}':                        '401  ok     403    404  404    404   404    404   404   404',
  'DELETE /relationships/{relationshipId}/notes/{noteId}':                       '401  ok     403    404  404    404   404    404   404   404',
  'POST /relationships/{relationshipId}/notes/{noteId}/comments':                '401  ok     ok     404  404    404   404    404   404   404',
  'PUT /relationships/{relationshipId}/stage':                                   '401  ok     ok     404  404    404   404    404   404   404',
  'GET /relationships/{relationshipId}/stage-history':                           '401  ok     ok     404  404    ok    404    ok    404   404',
  'GET /relationships/{relationshipId}/signals':                                 '401  ok     ok     404  404    ok    404    ok    404   404',
  'GET /relationships/{relationshipId}/closure':                                 '401  ok     ok     404  404    ok    404    ok    404   404',
  'PUT /relationships/{relationshipId}/closure':                                 '401  ok     ok     404  404    404   404    404   404   404',
  'POST /relationships/{relationshipId}/closure/early-exit':                     '401  ok     ok     404  404    404   404    404   404   404',
  'PUT /relationships/{relationshipId}/closure/survey':                          '401  ok     ok     404  404    404   404    404   404   404',
  'GET /programs/{programId}/relationship-overview':                             '401  403    403    403  403    ok    403    ok    403   404',
  'GET /relationships/{relationshipId}/meetings':                                '401  ok     ok     404  404    404   404    404   404   404',
  'POST /relationships/{relationshipId}/meetings':                               '401  ok     ok     404  404    404   404    404   404   404',
  'GET /relationships/{relationshipId}/meetings/{meetingId}/meeting.ics':        '401  ok     ok     404  404    404   404    404   404   404',
  'POST /relationships/{relationshipId}/meetings/{meetingId}/accept':            '401  ok     ok     404  404    404   404    404   404   404',
  'POST /relationships/{relationshipId}/meetings/{meetingId}/reschedule':        '401  ok     ok     404  404    404   404    404   404   404',
  'POST /relationships/{relationshipId}/meetings/{meetingId}/cancel':            '401  ok     ok     404  404    404   404    404   404   404',
  'POST /relationships/{relationshipId}/meetings/{meetingId}/held':              '401  ok     ok     404  404    404   404    404   404   404',
  'POST /relationships/{relationshipId}/meetings/{meetingId}/missed':            '401  ok     ok     404  404    404   404    404   404   404',
  'POST /relationships/{relationshipId}/meetings/{meetingId}/agenda':            '401  ok     ok     404  404    404   404    404   404   404',
  'POST /relationships/{relationshipId}/meetings/{meetingId}/summary':           '401  ok     ok     404  404    404   404    404   404   404',
  'GET /me/calendar-feed':                                                       '401  ok     ok     ok   ok     ok    ok     ok    ok    ok',
  'POST /me/calendar-feed':                                                      '401  ok     ok     ok   ok     ok    ok     ok    ok    ok',
  'DELETE /me/calendar-feed':                                                    '401  ok     ok     ok   ok     ok    ok     ok    ok    ok',
  // The feed's file name is the secret (calendar apps cannot send cookies).
  'GET /calendar-feeds/{file}':                                                  'ok   ok     ok     ok   ok     ok    ok     ok    ok    ok',
  'GET /relationships/{relationshipId}/agreement':                               '401  ok     ok     404  404    404   404    404   404   404',
  'PUT /relationships/{relationshipId}/agreement':                               '401  ok     ok     404  404    404   404    404   404   404',
  'POST /relationships/{relationshipId}/agreement/signatures':                   '401  ok     403    404  404    404   404    404   404   404',
  'GET /relationships/{relationshipId}/agreement/versions':                      '401  ok     ok     404  404    404   404    404   404   404',
  'GET /relationships/{relationshipId}/agreement/status':                        '401  ok     ok     404  404    ok    404    ok    404   404',
  'GET /programs/{programId}/agreement-template':                                '401  403    403    403  403    ok    403    ok    403   404',
  'PUT /programs/{programId}/agreement-template':                                '401  403    403    403  403    ok    403    ok    403   404',
  'GET /relationships/{relationshipId}/goals':                                   '401  ok     ok     404  404    404   404    404   404   404',
  'POST /relationships/{relationshipId}/goals':                                  '401  ok     ok     404  404    404   404    404   404   404',
  'GET /relationships/{relationshipId}/goals/summary':                           '401  ok     ok     404  404    ok    404    ok    404   404',
  'PATCH /relationships/{relationshipId}/goals/{goalId}':                        '401  ok     ok     404  404    404   404    404   404   404',
  'PUT /relationships/{relationshipId}/goals/{goalId}/progress':                 '401  ok     ok     404  404    404   404    404   404   404',
  'PUT /relationships/{relationshipId}/goals/{goalId}/status':                   '401  ok     ok     404  404    404   404    404   404   404',
  'GET /relationships/{relationshipId}/goals/{goalId}/history':                  '401  ok     ok     404  404    404   404    404   404   404',
  'POST /relationships/{relationshipId}/goals/{goalId}/milestones':              '401  ok     ok     404  404    404   404    404   404   404',
  'PUT /relationships/{relationshipId}/goals/{goalId}/milestones/{milestoneId}': '401  ok     ok     404  404    404   404    404   404   404',
  'GET /relationships/{relationshipId}/learning-log':                            '401  ok     ok     404  404    404   404    404   404   404',
  'POST /relationships/{relationshipId}/learning-log':                           '401  ok     ok     404  404    404   404    404   404   404',
  'PATCH /relationships/{relationshipId}/learning-log/{entryId}':                '401  ok     404    404  404    404   404    404   404   404',
  'DELETE /relationships/{relationshipId}/learning-log/{entryId}':               '401  ok     404    404  404    404   404    404   404   404',
  'GET /relationships/{relationshipId}/check-ins':                               '401  ok     ok     404  404    404   404    404   404   404',
  'POST /relationships/{relationshipId}/check-ins':                              '401  ok     ok     404  404    404   404    404   404   404',
  'GET /audit-log':                                                              '401  403    403    403  403    403   403    ok    403   403',
  'GET /audit-log/export.csv':                                                   '401  403    403    403  403    403   403    ok    403   403',
  'GET /me/data-export':                                                         '401  ok     ok     ok   ok     ok    ok     ok    ok    ok',
  'DELETE /people/{personId}':                                                   '401  403    403    403  403    403   403    ok    403   403',
  // Background jobs of the organization (its dead deliveries, say) and their retry: org admins only; system jobs are not listed.
  'GET /admin/jobs':                                                             '401  403    403    403  403    403   403    ok    403   403',
  'POST /admin/jobs/{jobId}/retry':                                              '401  403    403    403  403    403   403    ok    403   403',
  // The Outbox holds addresses and what was written to people: org admins only.
  'GET /admin/outbox':                                                           '401  403    403    403  403    403   403    ok    403   403',
  'GET /admin/outbox/{messageId}':                                               '401  403    403    403  403    403   403    ok    403   403',
  // The signed link is the credential (mail providers post it without a session, RFC 8058).
  'GET /unsubscribe/{unsubscribeToken}':                                         'ok   ok     ok     ok   ok     ok    ok     ok    ok    ok',
  'POST /unsubscribe/{unsubscribeToken}':                                        'ok   ok     ok     ok   ok     ok    ok     ok    ok    ok',
};

/** The token an actual HTTP status falls under (5xx and unknown codes are named as they are). */
export function outcomeOf(status: number): string {
  if (status === 401 || status === 403 || status === 404) return String(status);
  if (status >= 200 && status < 500) return 'ok';
  return String(status);
}

/** A row of tokens, one per principal in the given order. */
export function parseRow(row: string, order: readonly Principal[]): Record<Principal, string> {
  const tokens = row.trim().split(/\s+/);
  if (tokens.length !== order.length) throw new Error(`row "${row}" has ${tokens.length} tokens, expected ${order.length}`);
  return Object.fromEntries(order.map((who, i) => [who, tokens[i]])) as Record<Principal, string>;
}
