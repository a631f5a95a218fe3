import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import { matchRoutes } from 'react-router';
import { pages } from './pages.ts';

type Params = Readonly<Record<string, string | undefined>>;

/** A signed-in page at its path (`''` is the index), and what it asks the server for first, if anything. */
type SignedInRoute = {
  path: string;
  Page: ComponentType & { preload: () => Promise<unknown> };
  /** Starts the page's first requests from the ids in its address, before the page is drawn. */
  prefetch?: (client: QueryClient, params: Params) => Promise<unknown>;
};

/** The pages behind the session guard, in the signed-in frame. */
export const signedInRoutes: readonly SignedInRoute[] = [
  { path: '', Page: pages.HomePage },
  { path: 'programs', Page: pages.ProgramsPage },
  { path: 'programs/new', Page: pages.NewProgramPage },
  {
    path: 'programs/:programId',
    Page: pages.ProgramPage,
    prefetch: async (client, { programId = '' }) => (await pages.ProgramPage.module()).prefetchProgramPage(client, programId),
  },
  { path: 'programs/:programId/edit', Page: pages.EditProgramPage },
  { path: 'programs/:programId/apply', Page: pages.ApplyProgramPage },
  { path: 'programs/:programId/intake-form', Page: pages.IntakeFormPage },
  { path: 'programs/:programId/applications', Page: pages.ProgramApplicationsPage },
  {
    path: 'programs/:programId/matching',
    Page: pages.MatchingPage,
    prefetch: async (client, { programId = '' }) => (await pages.MatchingPage.module()).prefetchMatchingPage(client, programId),
  },
  { path: 'applications/:applicationId', Page: pages.ApplicationPage },
  { path: 'relationships/:relationshipId', Page: pages.RelationshipPage },
  { path: 'network', Page: pages.NetworkPage },
  { path: 'requests', Page: pages.RequestsPage },
  { path: 'requests/new', Page: pages.NewRequestPage },
  { path: 'people/:personId/development-plan', Page: pages.SupervisedPlanPage },
  { path: 'apply', Page: pages.ApplyPage },
  { path: 'notifications', Page: pages.NotificationsPage },
  { path: 'profile', Page: pages.ProfilePage },
  { path: 'people', Page: pages.PeoplePage },
  { path: 'people/import', Page: pages.ImportPage },
  { path: 'audit', Page: pages.AuditPage },
  { path: 'admin/outbox', Page: pages.OutboxPage },
  { path: 'admin/jobs', Page: pages.JobsPage },
  { path: '*', Page: pages.NotFoundPage },
];

const matchable = signedInRoutes.map((route) => ({ path: `/${route.path}`, route }));

/** The pages anyone may see: everything else is behind the session guard. */
export function isPublicPath(pathname: string): boolean {
  return pathname === '/sign-in' || pathname.startsWith('/invitations/') || pathname.startsWith('/unsubscribe/');
}

/**
 * Starts what the signed-in page at `pathname` needs at once, side by side with the session
 * check instead of after it: the frame's and the page's code and, from the ids in the address,
 * the page's first data. A request that finds no session answers 401, which sends the visitor
 * to sign in as before. Does nothing for a public page; safe to repeat (nothing is fetched twice).
 */
export function preloadSignedInPage(pathname: string, client: QueryClient): void {
  if (isPublicPath(pathname)) return;
  void pages.SignedInFrame.preload();
  const match = matchRoutes(matchable, pathname)?.at(-1);
  if (!match) return;
  const { route } = match.route;
  void route.Page.preload();
  // A failed prefetch leaves the query to the page, which shows the error and retries.
  route.prefetch?.(client, match.params).catch(() => undefined);
}
