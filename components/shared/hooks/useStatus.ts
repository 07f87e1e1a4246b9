/**
 * Ringside's state for this page, live from IndexedDB (`loadStatus`, one consistent read). Until
 * the first read answers, the page shows the status it last saw (lib/ui/status-cache.ts), with the
 * number displays saved alongside; IndexedDB's side (Dexie) and the phone formatter
 * (libphonenumber) load after the first paint, so a popup with a cached status shows its caller-ID
 * dropdown without waiting for either.
 *
 * `cache: false` (the options page) neither reads nor writes that cache: it is the popup's head
 * start, and at 10,000 numbers writing every number's display and the whole config to
 * localStorage after each change is a main-thread task of hundreds of milliseconds.
 */
import { useSignal, type ReadonlySignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { useLatest } from './useLatest';
import type { RingsideStatus } from '../../../lib/db/status';
import { asError } from '../../../lib/ui/errors';
import { phoneDisplaysOf, rememberPhoneDisplays } from '../../../lib/ui/format';
import type { Live } from '../../../lib/ui/live';
import { pageStorage, readCachedStatus, writeCachedStatus } from '../../../lib/ui/status-cache';

export function useStatus({ cache = true } = {}): ReadonlySignal<Live<RingsideStatus>> {
  const out = useSignal<Live<RingsideStatus>>(cache ? initial() : { state: 'loading' });
  const caching = useLatest(cache);
  useEffect(() => {
    let stop: (() => void) | undefined;
    let unmounted = false;
    // The formatter comes first: a live status may hold numbers the cache had no display for.
    Promise.all([import('../../../lib/ui/watch-status'), import('../../../lib/ui/phone-formats')])
      .then(([{ watchStatus }]) => {
        if (unmounted) return;
        stop = watchStatus((value) => {
          if (value.state === 'loading') return; // keep showing the cached status meanwhile
          out.value = value;
          if (value.state !== 'ready' || !caching.current) return;
          const numbers = value.value.active?.config.numbers.map((n) => n.number) ?? [];
          writeCachedStatus(pageStorage(), {
            status: value.value,
            displays: phoneDisplaysOf(numbers),
          });
        });
      })
      .catch((error: unknown) => {
        out.value = {
          state: 'error',
          error: asError(error),
        };
      });
    return () => {
      unmounted = true;
      stop?.();
    };
    // `out` is the same signal for the component's life: this runs once, on mount.
  }, [out, caching]);
  return out;
}

function initial(): Live<RingsideStatus> {
  const cached = readCachedStatus(pageStorage());
  if (!cached) return { state: 'loading' };
  rememberPhoneDisplays(cached.displays);
  return { state: 'ready', value: cached.status };
}
