import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { tablerIcons } from './tabler-icons.vite.ts';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const sharedRoot = fileURLToPath(new URL('../shared/', import.meta.url));
const apiTarget = 'http://localhost:3000';

/** Builds the single-page app into web/dist; the dev server forwards API calls to the local server. */
export default defineConfig({
  root: webRoot,
  plugins: [react(), tablerIcons()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      // shared/ only declares schemas and constants: an unused one may be dropped, so a page
      // importing one schema through shared/schemas/index.ts does not carry all of them.
      treeshake: { moduleSideEffects: [{ test: new RegExp(`^${sharedRoot.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')}`), sideEffects: false }] },
      output: {
        codeSplitting: {
          // What every page runs goes in a few long-cached vendor chunks; Mantine's components and
          // everything else split by page, so a page fetches only the components it draws.
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
            { name: 'query', test: /node_modules[\\/]@tanstack[\\/]/ },
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
            { name: 'mantine-core', test: /node_modules[\\/]@mantine[\\/]core[\\/]esm[\\/]core[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': apiTarget,
      '/healthz': apiTarget,
    },
  },
  preview: {
    proxy: {
      '/api': apiTarget,
      '/healthz': apiTarget,
    },
  },
});
