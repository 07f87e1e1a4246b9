/**
 * A module loaded after the first paint: `null` until it arrives. For parts of a page that are not
 * needed to show its main control, so they do not slow its opening.
 */
import { useEffect, useState } from 'preact/hooks';
import { useLatest } from '../../shared/hooks/useLatest';

export function useLazy<T>(load: () => Promise<T>): T | null {
  const [mod, setMod] = useState<T | null>(null);
  // Loaded once, on mount: a new `load` function on a later render loads nothing more.
  const loadRef = useLatest(load);
  useEffect(() => {
    let live = true;
    loadRef
      .current()
      .then((m) => live && setMod(() => m))
      .catch((error: unknown) =>
        console.error('Ringside: a part of the page failed to load', error),
      );
    return () => {
      live = false;
    };
  }, [loadRef]);
  return mod;
}
