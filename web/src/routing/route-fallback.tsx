import { Center, Loader } from '@mantine/core';
import { useEffect, useState } from 'react';

/** How long a page's code may take before a spinner shows: shorter loads show nothing, no flash. */
const spinnerDelayMs = 300;

/**
 * What shows while a page's code is fetched on a first visit: the space a page's own loader takes
 * (so nothing below jumps), empty at first, then a spinner if the fetch is slow. Later visits and
 * navigations keep the previous page on screen instead (React Router navigates in a transition).
 */
export function RouteFallback({ fullScreen = false }: { fullScreen?: boolean }) {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), spinnerDelayMs);
    return () => clearTimeout(timer);
  }, []);
  return (
    <Center py="xl" mih={fullScreen ? '100vh' : 200} role="status" aria-label="Loading the page">
      {slow ? <Loader aria-hidden /> : null}
    </Center>
  );
}
