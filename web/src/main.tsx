// First: configures zod before any schema module is evaluated (see the file).
import './zod-jitless.ts';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('The page has no #root element.');

// The app is imported, not bundled into this entry: a split bundle evaluates the chunks an entry
// imports (schemas among them) before the entry's own code, which would build zod schemas before
// zod is configured. A dynamic import runs strictly after this module.
const { renderApp } = await import('./render-app.tsx');
renderApp(rootElement);
