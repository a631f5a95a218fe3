// Start-up speed: a module resolution hook for relative imports inside node_modules. Node 24
// works out each module's format from its package.json, and in doing so parses the whole
// "exports" map again for every file (getPackageScopeConfig spreads a lazily parsed object):
// drizzle-orm's 179 KB package.json then costs ~6 ms per module, about 0.7 s of CPU and as much
// garbage for the server's ~110 drizzle-orm modules. Once Node has resolved one file of a folder
// to the URL a plain join gives (no symlink in between), later files of that folder with the same
// extension get the same format without asking it again. Bare imports from this project's own
// files (`drizzle-orm/pg-core` from fifty repositories) resolve once each: they all see the same
// node_modules.
import module from 'node:module';

const formatOfFolder = new Map();
const projectRoot = new URL('../', import.meta.url).href;
const packageImports = new Map();

/** A bare import (`drizzle-orm`, not `./x.js` or `node:fs`) from a project file outside node_modules. */
function resolvePackageFromProject(specifier, context, nextResolve) {
  const key = `${specifier}\0${context.conditions?.join(',')}\0${context.importAttributes?.type}`;
  const known = packageImports.get(key);
  if (known) return { ...known, shortCircuit: true };
  const resolved = nextResolve(specifier, context);
  packageImports.set(key, resolved);
  return resolved;
}

/**
 * A relative ESM import from inside node_modules: resolved by a URL join, format cached per
 * folder; bare imports from project files: cached.
 */
function resolveQuickly(specifier, context, nextResolve) {
  const parent = context.parentURL;
  if (!parent?.startsWith('file:') || !context.conditions?.includes('import')) return nextResolve(specifier, context);
  const relative = specifier.startsWith('./') || specifier.startsWith('../');
  const inPackage = parent.includes('/node_modules/');
  if (!relative && !inPackage && parent.startsWith(projectRoot) && /^(@[\w.-]+\/)?[\w.-]+(\/[\w./-]*)?$/.test(specifier)) {
    return resolvePackageFromProject(specifier, context, nextResolve);
  }
  if (!relative || !inPackage) return nextResolve(specifier, context);
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

// registerHooks is Node >= 22.15; the engines field asks for 24.
module.registerHooks?.({ resolve: resolveQuickly });
