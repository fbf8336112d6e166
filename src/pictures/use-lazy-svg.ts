import { useEffect, useState } from 'react';

/**
 * The markup of a picture drawn at build time, once its chunk has arrived; null until then, and
 * for good if it cannot be fetched (every picture is extra: the words around it carry the lesson).
 */
export function useLazySvg(load: (() => Promise<{ default: string }>) | undefined): string | null {
  const [loaded, setLoaded] = useState<{ readonly from: typeof load; readonly svg: string } | null>(null);
  useEffect(() => {
    if (!load) return undefined;
    let current = true;
    load().then(
      (module) => {
        if (current) setLoaded({ from: load, svg: module.default });
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [load]);
  return loaded !== null && loaded.from === load ? loaded.svg : null;
}
