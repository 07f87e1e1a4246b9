/**
 * A ref holding this render's value. An effect that must run only on some changes (on mount, or
 * when a value's content changes) reads the other values it needs through it, so it sees the
 * current ones without re-running when they change, and the hook dependency lint can check the
 * rest of its list.
 */
import type { RefObject } from 'preact';
import { useRef } from 'preact/hooks';

export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  ref.current = value;
  return ref;
}
