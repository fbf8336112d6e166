import type * as LmsParts from './lms-parts-bundle';

let loaded: typeof LmsParts | null = null;

/**
 * Downloads what only a learner inside an LMS sees. src/main.tsx hands it to connectTracker as
 * `withLms`, which loads it with the LMS adapter, so the session is never connected to an LMS
 * without it, and a course run outside an LMS (and its first load) never downloads it.
 */
export async function loadLmsParts(): Promise<void> {
  loaded = await import('./lms-parts-bundle');
}

/** The LMS's notices and closed screen; null until an LMS adapter has been loaded. */
export function lmsParts(): typeof LmsParts | null {
  return loaded;
}
