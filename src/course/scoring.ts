import type { CourseCatalog } from './catalog';
import type { Band, ProgressFacts } from './progress-facts';
import { scoredItems } from './scored-items';

/** A scenario's result is the band of its ending. The maximum is the same on every path. */
export const BAND_POINTS: Readonly<Record<Band, number>> = { misery: 0, mediocrity: 50, wow: 100 };

export function betterBand(a: Band, b: Band): Band {
  return BAND_POINTS[b] > BAND_POINTS[a] ? b : a;
}

/** Share of scored items (0–100) from one group, or null when the group is empty. */
function groupScore(points: readonly number[]): number | null {
  if (points.length === 0) return null;
  return points.reduce((sum, p) => sum + p, 0) / points.length;
}

/**
 * The course score, a whole percent 0–100, from the configured weights and the graded modules'
 * checks and role-plays (practice questions in the opening count nothing). Items not yet attempted count as 0,
 * so the score only rises. Null until the learner has attempted at least one scored item.
 */
export function courseScore(catalog: CourseCatalog, facts: ProgressFacts): number | null {
  const scored = scoredItems(catalog);
  const attempted =
    scored.scenarios.some((s) => s.id in facts.scenarios) || scored.checks.some((c) => c.id in facts.checks);
  if (!attempted) return null;
  const scenarioScore = groupScore(
    scored.scenarios.map((s) => {
      const record = facts.scenarios[s.id];
      return record ? BAND_POINTS[record.best] : 0;
    }),
  );
  const checkScore = groupScore(scored.checks.map((c) => (facts.checks[c.id]?.correct ? 100 : 0)));
  const parts: Array<[number | null, number]> = [
    [scenarioScore, catalog.config.scoreWeights.scenarios],
    [checkScore, catalog.config.scoreWeights.knowledgeChecks],
  ];
  const weighted = parts.filter((p): p is [number, number] => p[0] !== null && p[1] > 0);
  const totalWeight = weighted.reduce((sum, [, w]) => sum + w, 0);
  if (totalWeight === 0) return null;
  return wholePercent(weighted.reduce((sum, [s, w]) => sum + s * w, 0) / totalWeight);
}

/**
 * The one rounding of a score: to the whole percent the learner is shown. The LMS is sent this
 * same number and the pass is judged on it, so what the learner reads, what the LMS records and
 * the verdict never disagree (74.75 is 75 everywhere, and passes a pass mark of 75). Float noise
 * is cleared first, so a weighted 74.5 computed as 74.4999… still rounds half up.
 */
export function wholePercent(score: number): number {
  return Math.round(Number(score.toFixed(6)));
}

export function hasPassed(catalog: CourseCatalog, facts: ProgressFacts): boolean {
  const score = courseScore(catalog, facts);
  return score !== null && score >= catalog.config.passMark;
}
