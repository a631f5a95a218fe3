// Test preload (`node --import`): appends the URL of every module the process loads to the
// file named by LOADED_MODULES_FILE, so a test can say which code a command pulled in.
import { appendFileSync } from 'node:fs';
import { registerHooks } from 'node:module';

const file = process.env.LOADED_MODULES_FILE;
if (file) {
  registerHooks({
    load(url, context, nextLoad) {
      appendFileSync(file, `${url}\n`);
      return nextLoad(url, context);
    },
  });
}
