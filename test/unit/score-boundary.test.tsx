import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ProgressFacts } from '../../src/course/progress-facts';
import { emptyFacts } from '../../src/course/progress-facts';
import { courseScore, hasPassed } from '../../src/course/scoring';
import { buildProgressReport } from '../../src/tracking/progress-report';
import { scorm12DataModel } from '../../src/tracking/scorm12-data-model';
import { scorm2004DataModel } from '../../src/tracking/scorm2004-data-model';
import { ScoreSummary } from '../../src/ui/score-summary';
import { sampleCatalog } from './support/catalog';

/** Every lesson done, both checks right, the role-play ended in mediocrity (50 points). */
const finished: ProgressFacts = {
  ...emptyFacts,
  visited: ['hello', 'first', 'second'],
  checks: { q1: { answer: ['b'], correct: true }, q2: { answer: ['a', 'c'], correct: true } },
  scenarios: { sc: { played: 1, best: 'mediocrity' } },
};

/**
 * Weights that put the unrounded score exactly on each side of a pass mark of 75:
 * (50·scenarios + 100·checks) / (scenarios + checks).
 */
const CASES = [
  { unrounded: 74.25, weights: { scenarios: 103, knowledgeChecks: 97 }, shown: 74, passes: false },
  { unrounded: 74.5, weights: { scenarios: 51, knowledgeChecks: 49 }, shown: 75, passes: true },
  { unrounded: 74.75, weights: { scenarios: 101, knowledgeChecks: 99 }, shown: 75, passes: true },
  { unrounded: 75, weights: { scenarios: 1, knowledgeChecks: 1 }, shown: 75, passes: true },
] as const;

const written = (writes: ReadonlyArray<readonly [string, string]>) => Object.fromEntries(writes);

describe.each(CASES)('a score of $unrounded against a pass mark of 75', ({ unrounded, weights, shown, passes }) => {
  const catalog = sampleCatalog({ scoreWeights: weights });
  const score = courseScore(catalog, finished);
  const report = buildProgressReport(catalog, finished);

  it(`shows ${shown}% with a verdict that matches it`, () => {
    expect(
      (50 * weights.scenarios + 100 * weights.knowledgeChecks) / (weights.scenarios + weights.knowledgeChecks),
    ).toBe(unrounded);
    render(<ScoreSummary score={score} passMark={75} complete passed={hasPassed(catalog, finished)} />);
    expect(screen.getByText(`${shown}%`)).toBeInTheDocument();
    expect(
      screen.getByText(
        passes
          ? 'You passed. Well done.'
          : 'You have finished, but your score is below the pass mark. Replay role-plays to raise it: your best result counts.',
      ),
    ).toBeInTheDocument();
  });

  it(`sends the LMS the same ${shown}, scaled and raw, with the same verdict`, () => {
    expect(report.score).toBe(shown);
    const score2004 = written(scorm2004DataModel.score(report.score ?? -1));
    expect(score2004['cmi.score.raw']).toBe(String(shown));
    expect(score2004['cmi.score.scaled']).toBe(String(shown / 100));
    expect(written(scorm12DataModel.score(report.score ?? -1))['cmi.core.score.raw']).toBe(String(shown));
    expect(written(scorm2004DataModel.status(report.status))['cmi.success_status']).toBe(passes ? 'passed' : 'unknown');
    expect(written(scorm12DataModel.status(report.status))['cmi.core.lesson_status']).toBe(
      passes ? 'passed' : 'incomplete',
    );
  });
});
