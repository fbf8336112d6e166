import { useCallback, useRef, useSyncExternalStore } from 'react';

/** What the hook needs of an actor: XState actors, and anything shaped like them. */
export interface Observable<TSnapshot> {
  subscribe(listener: () => void): { unsubscribe(): void };
  getSnapshot(): TSnapshot;
}

interface Selected<TSnapshot, T> {
  readonly snapshot: TSnapshot;
  readonly selector: (snapshot: TSnapshot) => T;
  readonly value: T;
}

/**
 * Reads part of an actor's snapshot and re-renders only when that part changes (by `Object.is`).
 *
 * React 19's `useSyncExternalStore` does the subscribing. This replaces `@xstate/react`'s
 * `useSelector`, which brings the `use-sync-external-store/with-selector` shim (about 0.9 kB gzip)
 * into the first load, whose budget is fixed. The result is cached per snapshot and selector, so
 * React sees the same value on every call until either changes, and a selector that builds a new
 * object or array gives a value of equal content the previous identity.
 */
export function useActorSelector<TSnapshot, T>(
  actor: Observable<TSnapshot>,
  selector: (snapshot: TSnapshot) => T,
  isEqual: (a: T, b: T) => boolean = Object.is,
): T {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const subscription = actor.subscribe(onChange);
      return () => subscription.unsubscribe();
    },
    [actor],
  );
  const last = useRef<Selected<TSnapshot, T> | null>(null);
  const read = (): T => {
    const snapshot = actor.getSnapshot();
    const held = last.current;
    if (held && held.snapshot === snapshot && held.selector === selector) return held.value;
    const fresh = selector(snapshot);
    const value = held && isEqual(held.value, fresh) ? held.value : fresh;
    last.current = { snapshot, selector, value };
    return value;
  };
  return useSyncExternalStore(subscribe, read, read);
}
