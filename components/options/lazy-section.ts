/**
 * A section of the options page whose code is in a chunk of its own, loaded when the section's
 * turn comes (Deferred's `load`): the page's first module then compiles, evaluates and caches
 * only what its first frames show. Evaluating the whole page in one module, and V8 making its
 * code cache right after, was one of the load's longest tasks (docs/options-tables.md).
 *
 * Preact's own `lazy` is in preact/compat, which this project does not use (it changes how the
 * page's events fire); this is the small part of it the page needs.
 */
import { h, type ComponentType, type FunctionComponent } from 'preact';

export interface LazySection<P> {
  /** The section once its code is there; nothing before (Deferred shows it only then). */
  View: FunctionComponent<P>;
  /** Loads the section's code; every call shares one load. */
  load: () => Promise<void>;
}

export function lazySection<P extends object>(
  importer: () => Promise<ComponentType<P>>,
): LazySection<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<void> | undefined;
  const load = () =>
    (loading ??= importer().then(
      (component) => {
        loaded = component;
      },
      (error: unknown) => {
        // A failed load (the extension was updated under the page) may be tried again.
        loading = undefined;
        throw error;
      },
    ));
  const View: FunctionComponent<P> = (props) => (loaded ? h(loaded, props) : null);
  return { View, load };
}
