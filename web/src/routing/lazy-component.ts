import { type ComponentType, lazy } from 'react';

/**
 * A component whose code is fetched the first time it is shown (a page, or a dialog opened on
 * demand): `load` imports its module and `pick` chooses the component (ours are named exports).
 * `preload` starts the fetch early, e.g. when a pointer comes near the button that shows it.
 *
 * @example const HomePage = lazyComponent(() => import('../home/home-page.tsx'), (module) => module.HomePage);
 */
export function lazyComponent<Module, Props extends object>(
  load: () => Promise<Module>,
  pick: (module: Module) => ComponentType<Props>,
): ComponentType<Props> & { preload: () => Promise<unknown> } {
  let loading: Promise<{ default: ComponentType<Props> }> | undefined;
  const preload = () => {
    loading ??= load().then((module) => ({ default: pick(module) }));
    return loading;
  };
  return Object.assign(lazy(preload), { preload });
}
