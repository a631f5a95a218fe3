import { useEffect } from 'react';

/** Sets the document title, e.g. "Programs · Constellation". */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Constellation` : 'Constellation';
  }, [title]);
}
