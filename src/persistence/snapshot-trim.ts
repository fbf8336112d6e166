import type { ProgressFacts, ScenarioAttempt, ScenarioRecord } from '../course/progress-facts';

/**
 * Ways to make saved facts smaller, in the order the codec applies them. None touches what counts
 * towards completion or the score: visits, first answers, and each scenario's best band and play count.
 */

/** Attempts kept per scenario in any case: the latest few, plus the latest with the best band. */
export const KEPT_ATTEMPTS = 3;

function keepRecent(record: ScenarioRecord): readonly ScenarioAttempt[] {
  const recent = record.attempts.slice(-KEPT_ATTEMPTS);
  if (recent.some((a) => a.band === record.best)) return recent;
  const best = record.attempts.findLast((a) => a.band === record.best);
  return best ? [best, ...recent] : recent;
}

function withAttempts(facts: ProgressFacts, id: string, attempts: readonly ScenarioAttempt[]): ProgressFacts {
  const record = facts.scenarios[id];
  if (!record) return facts;
  return { ...facts, scenarios: { ...facts.scenarios, [id]: { ...record, attempts } } };
}

export function capAttempts(facts: ProgressFacts): ProgressFacts {
  return Object.entries(facts.scenarios).reduce((f, [id, record]) => withAttempts(f, id, keepRecent(record)), facts);
}

/**
 * Drops one attempt: the oldest of the scenario holding the most, until each keeps only its
 * latest; then the latest ones, last scenario first. Null when no attempt is left to drop.
 */
export function dropOneAttempt(facts: ProgressFacts): ProgressFacts | null {
  const entries = Object.entries(facts.scenarios);
  const fullest = entries.reduce<[string, ScenarioRecord] | null>(
    (most, entry) =>
      entry[1].attempts.length > 1 && (!most || entry[1].attempts.length > most[1].attempts.length) ? entry : most,
    null,
  );
  if (fullest) return withAttempts(facts, fullest[0], fullest[1].attempts.slice(1));
  const last = entries.findLast(([, record]) => record.attempts.length > 0);
  return last ? withAttempts(facts, last[0], []) : null;
}

/** Cuts every reflection to at most `cap` characters, keeping its beginning. */
export function truncateReflections(facts: ProgressFacts, cap: number): ProgressFacts {
  const reflections = Object.fromEntries(
    Object.entries(facts.reflections).map(([id, text]) => [id, Array.from(text).slice(0, cap).join('')]),
  );
  return { ...facts, reflections };
}

export function longestReflection(facts: ProgressFacts): number {
  return Math.max(0, ...Object.values(facts.reflections).map((t) => Array.from(t).length));
}
