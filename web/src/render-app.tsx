import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { fetchSession, sessionQueryKey } from './api/auth.api.ts';
import { AppRoutes } from './app-routes.tsx';
import { sessionStaleTime } from './auth/use-session.ts';
import { createQueryClient } from './query-client.ts';
import { isPublicPath, preloadSignedInPage } from './routing/signed-in-routes.ts';
import { theme } from './theme.ts';

/** Draws the app into the page's root element: theme, server state, router, pages. */
export function renderApp(rootElement: HTMLElement): void {
  const queryClient = createQueryClient();
  // Before React's first render: the session check, the page's code and its first data at once.
  if (!isPublicPath(window.location.pathname)) {
    void queryClient.prefetchQuery({ queryKey: sessionQueryKey, queryFn: fetchSession, staleTime: sessionStaleTime });
    preloadSignedInPage(window.location.pathname, queryClient);
  }
  createRoot(rootElement).render(
    <StrictMode>
      <MantineProvider theme={theme} defaultColorScheme="light">
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </QueryClientProvider>
      </MantineProvider>
    </StrictMode>,
  );
}
