/**
 * Dexie `liveQuery` as a Preact signal: the query re-runs whenever a table it read changes (in this
 * page, another page or the background), and the signal carries the latest result.
 */
import { signal, type ReadonlySignal } from '@preact/signals';
import { liveQuery } from 'dexie';
import { asError } from './errors';

export type Live<T> =
  { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; error: Error };

export interface LiveSignal<T> {
  readonly live: ReadonlySignal<Live<T>>;
  /** Stops watching; the signal keeps its last value. */
  dispose(): void;
}

export function liveSignal<T>(querier: () => T | Promise<T>): LiveSignal<T> {
  const live = signal<Live<T>>({ state: 'loading' });
  const subscription = liveQuery(querier).subscribe({
    next: (value) => {
      live.value = { state: 'ready', value };
    },
    error: (error: unknown) => {
      live.value = {
        state: 'error',
        error: asError(error),
      };
    },
  });
  return { live, dispose: () => subscription.unsubscribe() };
}

/** The value when ready, otherwise `fallback`. */
export function valueOr<T, F>(live: Live<T>, fallback: F): T | F {
  return live.state === 'ready' ? live.value : fallback;
}
