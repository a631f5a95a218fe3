import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorState, PageLoader } from '../layout/query-state.tsx';
import { SessionContext } from './session-context.ts';
import { useSessionQuery } from './use-session.ts';

/** Renders the signed-in part of the app, or sends the visitor to /sign-in. */
export function RequireSession() {
  const location = useLocation();
  const sessionQuery = useSessionQuery();

  if (sessionQuery.isPending) return <PageLoader label="Checking your session" />;
  if (sessionQuery.isError) return <ErrorState error={sessionQuery.error} onRetry={() => void sessionQuery.refetch()} />;
  if (!sessionQuery.data) {
    const from = `${location.pathname}${location.search}`;
    return <Navigate to="/sign-in" replace state={{ from }} />;
  }
  return (
    <SessionContext value={sessionQuery.data}>
      <Outlet />
    </SessionContext>
  );
}
