/**
 * A module loaded after the first paint: `null` until it arrives. For parts of a page that are not
 * needed to show its main control, so they do not slow its opening.
 */
import { useEffect, useState } from 'preact/hooks';

export function useLazy<T>(load: () => Promise<T>): T | null {
  const [mod, setMod] = useState<T | null>(null);
  useEffect(() => {
    let live = true;
    load()
      .then((m) => live && setMod(() => m))
      .catch((error: unknown) =>
        console.error('Ringside: a part of the page failed to load', error),
      );
    return () => {
      live = false;
    };
  }, []);
  return mod;
}
