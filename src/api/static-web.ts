import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import type { AppEnv } from './app-env.ts';

/**
 * Serves the built web app: hashed assets with long caching, and index.html for every other
 * path so the app's own router can take over (client-side routes like /programs/…).
 */
export function mountWebApp(app: Hono<AppEnv>, webRoot: string | undefined): void {
  const indexFile = webRoot ? path.join(webRoot, 'index.html') : undefined;
  if (!webRoot || !indexFile || !existsSync(indexFile)) {
    app.get('/', (c) => c.text('Constellation API is running. The web app is not built: run `npm run build:web`.', 200));
    return;
  }
  const root = path.relative(process.cwd(), webRoot) || '.';
  app.use(
    '/assets/*',
    serveStatic({
      root,
      onFound: (_path, c) => {
        c.header('Cache-Control', 'public, max-age=31536000, immutable');
      },
    }),
  );
  app.use('/favicon.svg', serveStatic({ root }));
  let indexHtml: Promise<string> | undefined;
  app.get('*', async (c) => {
    if (c.req.path.startsWith('/api/')) return c.notFound();
    indexHtml ??= readFile(indexFile, 'utf8');
    c.header('Cache-Control', 'no-cache');
    return c.html(await indexHtml);
  });
}
