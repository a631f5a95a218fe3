import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './app-env.ts';

/**
 * The API reference page is Swagger UI, served from the swagger-ui-dist package: one prebuilt
 * script and one stylesheet (13 MB installed; its one dependency, @scarf/scarf, only reports
 * installs and its script is denied in package.json's allowScripts), where the previous reference
 * (Scalar) installed 220 MB. The page has no inline script, so the Content-Security-Policy's
 * script-src 'self' holds as on every other page; the start script is served beside it.
 */
const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Constellation API</title>
<link rel="stylesheet" href="/api/docs/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/api/docs/swagger-ui-bundle.js"></script>
<script src="/api/docs/start.js"></script>
</body>
</html>
`;

// No validatorUrl: by default Swagger UI shows a badge from validator.swagger.io, which the policy blocks.
const startScript = `window.ui = SwaggerUIBundle({
  url: '/api/openapi.json',
  dom_id: '#swagger-ui',
  deepLinking: true,
  validatorUrl: null,
  presets: [SwaggerUIBundle.presets.apis],
  layout: 'BaseLayout',
});
`;

const javascript = 'text/javascript; charset=utf-8';

/** The package's files served under /api/docs, by name; nothing else in its folder is reachable. */
const packageAssets = {
  'swagger-ui-bundle.js': javascript,
  'swagger-ui.css': 'text/css; charset=utf-8',
} as const;

const loadedAssets = new Map<string, Promise<string>>();

function readPackageAsset(name: keyof typeof packageAssets): Promise<string> {
  let loaded = loadedAssets.get(name);
  if (!loaded) {
    loaded = readFile(fileURLToPath(import.meta.resolve(`swagger-ui-dist/${name}`)), 'utf8');
    loadedAssets.set(name, loaded);
  }
  return loaded;
}

/**
 * Serves the readable reference of the OpenAPI document at /api/docs, working offline: the page,
 * its start script and Swagger UI's own script and stylesheet, cached by browsers for a day.
 */
export function mountApiReference(app: OpenAPIHono<AppEnv>): void {
  app.get('/api/docs', (c) => c.html(page));
  app.get('/api/docs/start.js', (c) => {
    c.header('Cache-Control', 'public, max-age=86400');
    return c.body(startScript, 200, { 'Content-Type': javascript });
  });
  for (const [name, contentType] of Object.entries(packageAssets) as Array<[keyof typeof packageAssets, string]>) {
    app.get(`/api/docs/${name}`, async (c) => {
      c.header('Cache-Control', 'public, max-age=86400');
      return c.body(await readPackageAsset(name), 200, { 'Content-Type': contentType });
    });
  }
}
