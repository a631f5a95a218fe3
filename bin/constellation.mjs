#!/usr/bin/env node
// The `constellation` command. Node 24 runs the TypeScript sources directly (type stripping).
// The compile cache keeps the stripped and compiled modules on disk (os.tmpdir(), or
// NODE_COMPILE_CACHE), so later starts skip both; NODE_DISABLE_COMPILE_CACHE=1 turns it off.
import module from 'node:module';

module.enableCompileCache?.();
await import('./module-format-cache.mjs');
await import('../src/cli/main.ts');
