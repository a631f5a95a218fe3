import { z } from 'zod';

// Imported first by main.tsx, before any schema is built. Zod compiles object parsers with
// `new Function` and probes for that ability; under the server's Content-Security-Policy (no
// 'unsafe-eval') the probe is reported as a CSP violation. Jitless parsing needs no eval.
z.config({ jitless: true });
