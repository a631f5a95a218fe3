import { fileURLToPath } from 'node:url';
import Icons from 'unplugin-icons/vite';

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * The React module of one icon: Tabler's drawing from @iconify-json/tabler, taking the props the
 * pages give icons (size in pixels, default 24 as Tabler's own components; color sets the stroke,
 * drawn in currentColor; any other SVG attribute).
 */
function tablerIconModule(svg: string): string {
  const [, attributes = '', body = ''] = /^<svg([^>]*)>([\s\S]*)<\/svg>$/.exec(svg.trim()) ?? [];
  const viewBox = /viewBox="([^"]+)"/.exec(attributes)?.[1] ?? '0 0 24 24';
  return `import { createElement } from 'react';
const body = { __html: ${JSON.stringify(body)} };
export default function TablerIcon({ size = 24, color, style, ...props }) {
  return createElement('svg', {
    xmlns: 'http://www.w3.org/2000/svg',
    width: size,
    height: size,
    viewBox: ${JSON.stringify(viewBox)},
    ...props,
    style: color ? { color, ...style } : style,
    dangerouslySetInnerHTML: body,
  });
}
`;
}

/**
 * Compiles each `~icons/tabler/<name>` import into a small React component at build time, so the
 * install carries the Tabler set as one 2 MB JSON (@iconify-json/tabler) instead of 88 MB of
 * @tabler/icons-react with every icon in several module formats, and each page's chunk only the
 * icons it uses. A page imports `IconUsers from '~icons/tabler/users'`: the name @tabler/icons-react
 * gave the icon, the file name Tabler gives it (https://tabler.io/icons).
 *
 * @example plugins: [react(), tablerIcons()]
 */
export function tablerIcons() {
  return Icons({ compiler: { compiler: tablerIconModule, extension: 'js' }, collectionsNodeResolvePath: repositoryRoot });
}
