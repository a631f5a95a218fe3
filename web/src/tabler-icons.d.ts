/** An icon compiled from @iconify-json/tabler by web/tabler-icons.vite.ts. */
declare module '~icons/tabler/*' {
  import type { FunctionComponent, SVGProps } from 'react';

  const TablerIcon: FunctionComponent<Omit<SVGProps<SVGSVGElement>, 'ref'> & { size?: number | string; color?: string }>;
  export default TablerIcon;
}
