// Start-up speed: a module resolution hook for relative imports inside node_modules. Node 24
// works out each module's format from its package.json, and in doing so parses the whole
// "exports" map again for every file (getPackageScopeConfig spreads a lazily parsed object):
// drizzle-orm's 179 KB package.json then costs ~6 ms per module, about 0.7 s of CPU and as much
// garbage for the server's ~110 drizzle-orm modules. Once Node has resolved one file of a folder
// to the URL a plain join gives (no symlink in between), later files of that folder with the same
// extension get the same format without asking it again.
import { registerHooks } from 'node:module';

const formatOfFolder = new Map();

/** A relative ESM import from inside node_modules: resolved by a URL join, format cached per folder. */
function resolveInPackage(specifier, context, nextResolve) {
  const parent = context.parentURL;
  if (!parent?.startsWith('file:') || !parent.includes('/node_modules/') || !context.conditions?.includes('import'))
    return nextResolve(specifier, context);
  if (!specifier.startsWith('./') && !specifier.startsWith('../')) return nextResolve(specifier, context);
  const url = new URL(specifier, parent);
  const href = url.href;
  const slash = href.lastIndexOf('/');
  const dot = href.lastIndexOf('.');
  if (url.search || url.hash || dot < slash) return nextResolve(specifier, context);
  const key = `${href.slice(0, slash)}\0${href.slice(dot)}`;
  const format = formatOfFolder.get(key);
  if (format) return { url: href, format, shortCircuit: true };
  const resolved = nextResolve(specifier, context);
  if (resolved.url === href && resolved.format) formatOfFolder.set(key, resolved.format);
  return resolved;
}

registerHooks({ resolve: resolveInPackage });
