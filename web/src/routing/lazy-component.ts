import { type ComponentType, lazy } from 'react';

/** A lazily loaded component, with ways to start its fetch early. */
export type LazyComponent<Module, Props extends object> = ComponentType<Props> & {
  /** Starts fetching the component's code (e.g. when a pointer comes near the button that shows it). */
  preload: () => Promise<unknown>;
  /** The component's module, fetched once (shared with `preload`): for its data prefetch. */
  module: () => Promise<Module>;
};

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
): LazyComponent<Module, Props> {
  let loadingModule: Promise<Module> | undefined;
  let loading: Promise<{ default: ComponentType<Props> }> | undefined;
  const module = () => {
    loadingModule ??= load();
    return loadingModule;
  };
  const preload = () => {
    loading ??= module().then((loaded) => ({ default: pick(loaded) }));
    return loading;
  };
  return Object.assign(lazy(preload), { preload, module });
}
