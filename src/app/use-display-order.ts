import { useMemo } from 'react';
import { displayOrder } from '../course/display-order';
import { useProgressSelector } from './course-context';

/**
 * `items` in the order this attempt shows them for `key` (see display-order.ts). `asWritten` keeps
 * the author's order, for options that form a scale. Every item keeps its id, so answers, saved
 * progress and LMS reports do not depend on the order shown.
 */
export function useDisplayOrder<T>(items: readonly T[], key: string, asWritten = false): readonly T[] {
  const seed = useProgressSelector((s) => s.context.facts.orderSeed);
  return useMemo(
    () => (asWritten || seed === undefined ? items : displayOrder(items, seed, key)),
    [items, seed, key, asWritten],
  );
}
