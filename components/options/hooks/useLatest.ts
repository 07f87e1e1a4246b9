/**
 * The latest value in a ref, for callbacks that must stay the same function across renders (so
 * memoized table rows do not render again) yet act on the current draft.
 */
import { useRef } from 'preact/hooks';

export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  ref.current = value;
  return ref;
}
