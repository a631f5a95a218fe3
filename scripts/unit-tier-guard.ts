// Preloaded (NODE_OPTIONS=--import) into every process of the unit tier, test runner children and
// the processes they spawn included: loading a database driver fails, so a test that opens a
// database cannot sit in the unit tier (move it to the api tier in scripts/test-tiers.ts).
import { registerHooks } from 'node:module';

/** The packages through which the code reaches a database (src/db/connection.ts loads them). */
export const databaseDrivers = ['@electric-sql/pglite', 'pg'];

registerHooks({
  resolve(specifier, context, nextResolve) {
    const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
    if (name !== undefined && databaseDrivers.includes(name)) {
      throw new Error(
        `The unit tier needs no database, but ${context.parentURL ?? 'a module'} loads ${specifier}: ` +
          'move the test to the api tier (scripts/test-tiers.ts).',
      );
    }
    return nextResolve(specifier, context);
  },
});
