import { fileURLToPath } from 'node:url';

/** Where `npm run build:web` puts the web app the server serves. */
export const defaultWebRoot = fileURLToPath(new URL('../../web/dist', import.meta.url));
