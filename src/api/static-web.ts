import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Hono } from 'hono';
import { compress } from 'hono/compress';
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
  // Scripts and styles travel compressed (about a third of their size); zlib works off the event loop.
  app.use('/assets/*', compress());
  // File names carry their content's hash, so a browser may keep them for good. (serveStatic's
  // onFound could not set this header: its response is built apart from the context's headers.)
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.status === 200) c.res.headers.set('Cache-Control', 'public, max-age=31536000, immutable');
  });
  app.use('/assets/*', serveStatic({ root }));
  app.use('/favicon.svg', serveStatic({ root }));
  let indexHtml: Promise<string> | undefined;
  app.get('*', async (c) => {
    if (c.req.path.startsWith('/api/')) return c.notFound();
    indexHtml ??= readFile(indexFile, 'utf8');
    c.header('Cache-Control', 'no-cache');
    return c.html(await indexHtml);
  });
}
