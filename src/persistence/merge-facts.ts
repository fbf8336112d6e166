import type { ProgressFacts, ScenarioRecord } from '../course/progress-facts';
import { betterBand } from '../course/scoring';

function mergeScenarios(
  stored: ProgressFacts['scenarios'],
  mine: ProgressFacts['scenarios'],
): Record<string, ScenarioRecord> {
  const merged: Record<string, ScenarioRecord> = { ...stored };
  for (const [id, record] of Object.entries(mine)) {
    const other = merged[id];
    merged[id] = other
      ? { played: Math.max(other.played, record.played), best: betterBand(other.best, record.best) }
      : record;
  }
  return merged;
}

/**
 * What two tabs of the same course, saving to the same browser storage, know together. `mine` is
 * what this tab saves, `base` what this tab last read or wrote, `stored` what is there now (perhaps
 * written by another tab since). Visits are united, the first answer to a check is kept, each
 * role-play keeps the most runs and its best band, and a reflection keeps the text of the tab that
 * last changed it. The stored order seed wins, so the order the learner saw first stays.
 */
export function mergeFacts(stored: ProgressFacts, mine: ProgressFacts, base: ProgressFacts): ProgressFacts {
  const changedHere = Object.entries(mine.reflections).filter(([id, text]) => base.reflections[id] !== text);
  const orderSeed = stored.orderSeed ?? mine.orderSeed;
  return {
    ...(orderSeed === undefined ? {} : { orderSeed }),
    visited: [...new Set([...stored.visited, ...mine.visited])],
    location: mine.location ?? stored.location,
    checks: { ...mine.checks, ...stored.checks },
    scenarios: mergeScenarios(stored.scenarios, mine.scenarios),
    reflections: { ...mine.reflections, ...stored.reflections, ...Object.fromEntries(changedHere) },
  };
}

/** True when `mine` has lost something `base` had: the learner started over, and nothing is merged back. */
export function isStartOver(mine: ProgressFacts, base: ProgressFacts): boolean {
  return (
    base.visited.some((id) => !mine.visited.includes(id)) ||
    Object.keys(base.checks).some((id) => !(id in mine.checks)) ||
    Object.keys(base.scenarios).some((id) => !(id in mine.scenarios))
  );
}
