import type { CourseCatalog } from '../course/catalog';
import { emptyFacts, type ProgressFacts } from '../course/progress-facts';
import { BROWSER_STORAGE_CAPACITY } from './capacity';
import { isStartOver, mergeFacts } from './merge-facts';
import type { LoadedProgress, ProgressStore } from './progress-store';
import { decodeSnapshot, encodeSnapshot, needsOlderReader, type OlderReader } from './snapshot-codec';

/**
 * Keeps progress in this browser. Storage can be missing or full on locked-down machines,
 * so every access is guarded and a failure leaves the course running.
 *
 * Two tabs of the course share one key. Each save merges with what is stored, so the last tab to
 * save never erases the lessons, answers or reflections the other tab saved.
 */
export function createLocalStorageStore(
  catalog: CourseCatalog,
  storage: Storage | null = safeLocalStorage(),
  older: OlderReader | null = null,
): ProgressStore {
  const key = storageKey(catalog);
  /** What this tab last read or wrote: tells its own changes from another tab's. */
  let base: ProgressFacts = emptyFacts;

  const read = (): LoadedProgress => {
    let text: string | null = null;
    try {
      text = storage?.getItem(key) ?? null;
    } catch {
      return { facts: null, problem: null };
    }
    if (text === null) return { facts: null, problem: null };
    const result = decodeSnapshot(catalog, text, older);
    return result.ok ? { facts: result.facts, problem: null } : { facts: null, problem: result.problem };
  };

  return {
    load(): LoadedProgress {
      const loaded = read();
      base = loaded.facts ?? emptyFacts;
      return loaded;
    },
    save(facts: ProgressFacts) {
      const stored = read().facts;
      const merged = stored && !isStartOver(facts, base) ? mergeFacts(stored, facts, base) : facts;
      try {
        storage?.setItem(key, encodeSnapshot(catalog, merged, BROWSER_STORAGE_CAPACITY));
        base = facts;
      } catch {
        // Quota or privacy mode: the session still works, it just will not survive a reload.
      }
    },
  };
}

const storageKey = (catalog: CourseCatalog) => `mot:${catalog.config.id}:progress`;

/**
 * The store, with the reader of older formats loaded first when this browser holds progress saved
 * by an early release. Should that reader not arrive, the progress reads as unreadable: the learner
 * is told, and it is kept as it is rather than overwritten.
 */
export async function openLocalStorageStore(
  catalog: CourseCatalog,
  storage: Storage | null = safeLocalStorage(),
): Promise<ProgressStore> {
  let saved: string | null = null;
  try {
    saved = storage?.getItem(storageKey(catalog)) ?? null;
  } catch {
    // Unreadable storage reads as empty in the store as well.
  }
  const older =
    saved !== null && needsOlderReader(saved)
      ? await import('./snapshot-older').then(
          (m) => m.readOlderSnapshot,
          () => null,
        )
      : null;
  return createLocalStorageStore(catalog, storage, older);
}

function safeLocalStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
