/**
 * `liveSignal` bound to a component's life: subscribes on mount, re-subscribes when `deps` change,
 * unsubscribes on unmount. Components read `.value` and re-render only when the result changes.
 */
import { useSignal, type ReadonlySignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { liveSignal, type Live } from '../../../lib/ui/live';

export function useLiveQuery<T>(
  querier: () => T | Promise<T>,
  deps: readonly unknown[],
): ReadonlySignal<Live<T>> {
  const out = useSignal<Live<T>>({ state: 'loading' });
  useEffect(() => {
    const { live, dispose } = liveSignal(querier);
    // Mirror the inner signal into the component's own so a deps change keeps the same identity.
    const unsubscribe = live.subscribe((value) => {
      out.value = value;
    });
    return () => {
      unsubscribe();
      dispose();
    };
    // The caller's deps: eslint.config.js checks them at each call site (additionalHooks), and
    // `out` is the same signal for the component's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return out;
}
