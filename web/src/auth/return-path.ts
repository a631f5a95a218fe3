/** Paths a browser would read as another site's address: `//host/…`, and `/\host/…` (`\` counts as `/`). */
const otherSitePrefix = /^\/[/\\]/;

/**
 * Where to go after signing in: `from`, when it is a path of this very site other than the
 * sign-in page, else home. A string starting with `/` is not enough: `//evil.example/x` and
 * `/\evil.example` lead to another site, so `from` is resolved against `origin` and must stay on
 * it; what is returned is the resolved path, query and fragment, never the raw string.
 *
 * @example safeReturnPath('/programs?tab=2', 'https://mentoring.example.org') // '/programs?tab=2'
 * @example safeReturnPath('//evil.example/x', 'https://mentoring.example.org') // '/'
 */
export function safeReturnPath(from: unknown, origin: string): string {
  if (typeof from !== 'string' || !from.startsWith('/') || otherSitePrefix.test(from)) return '/';
  let url: URL;
  try {
    url = new URL(from, origin);
  } catch {
    return '/';
  }
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (url.origin !== origin || otherSitePrefix.test(path)) return '/';
  if (url.pathname === '/sign-in' || url.pathname.startsWith('/sign-in/')) return '/';
  return path;
}
