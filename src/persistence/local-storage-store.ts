import type { CourseCatalog } from '../course/catalog';
import type { ProgressFacts } from '../course/progress-facts';
import type { LoadedProgress, ProgressStore } from './progress-store';
import { decodeSnapshot, encodeSnapshot } from './snapshot-codec';

/**
 * Keeps progress in this browser. Storage can be missing or full on locked-down machines,
 * so every access is guarded and a failure leaves the course running.
 */
export function createLocalStorageStore(
  catalog: CourseCatalog,
  storage: Storage | null = safeLocalStorage(),
): ProgressStore {
  const key = `mot:${catalog.config.id}:progress`;
  return {
    load(): LoadedProgress {
      let text: string | null = null;
      try {
        text = storage?.getItem(key) ?? null;
      } catch {
        return { facts: null, problem: null };
      }
      if (text === null) return { facts: null, problem: null };
      const result = decodeSnapshot(catalog, text);
      return result.ok ? { facts: result.facts, problem: null } : { facts: null, problem: result.problem };
    },
    save(facts: ProgressFacts) {
      try {
        storage?.setItem(key, encodeSnapshot(catalog, facts));
      } catch {
        // Quota or privacy mode: the session still works, it just will not survive a reload.
      }
    },
  };
}

function safeLocalStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
