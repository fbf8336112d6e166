/**
 * The order a learner sees a check's options or a scene's replies in. Authors write the right
 * answer wherever it reads best; shown in that order, position would give it away. Each attempt
 * has a seed (kept with its progress), and each check or scene its own order from it, the same on
 * every resume and different for every learner and attempt.
 */

import { seedHash } from './seed-hash';

/** Mulberry32: small, fast and even enough to shuffle a handful of options. */
function randomFrom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `items` in this attempt's order for `key` (a check id, or a role-play's scene). Fisher–Yates over a seeded stream. */
export function displayOrder<T>(items: readonly T[], seed: string, key: string): T[] {
  const next = randomFrom(seedHash(`${seed}:${key}`));
  const order = [...items];
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j] as T, order[i] as T];
  }
  return order;
}
