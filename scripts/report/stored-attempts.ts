import { isCorrectAnswer } from '../../src/course/check-answer';
import { shortIdentifier } from '../../src/tracking/scorm-formats';
import type { ReportCourse } from './course-model';
import type { StoredAttempt, StoredInteraction } from './lms-record';
import type { LearnerPlay } from './simulated-plays';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789';
const RESULT = {
  '1.2': { wow: 'correct', mediocrity: 'neutral', misery: 'wrong' },
  '2004': { wow: 'correct', mediocrity: 'neutral', misery: 'incorrect' },
} as const;

/**
 * What an LMS would hold for these plays, written straight from the scenario graphs in the value
 * formats of src/tracking/scorm12-data-model.ts and scorm2004-data-model.ts (1.2: one letter per
 * choice joined by ","; 2004: short identifiers joined by "[,]"). For the 10,000-learner benchmark;
 * the test data of record comes from the real course (test/unit/report-simulated-course.test.ts).
 */
export function storedAttempts(
  course: ReportCourse,
  plays: readonly LearnerPlay[],
  version: '1.2' | '2004',
  start: number,
): StoredAttempt[] {
  return plays.map((play, n) => {
    const startedAt = start + n * 3_600_000;
    let at = startedAt;
    const interactions: StoredInteraction[] = [];
    const wrong = version === '1.2' ? 'wrong' : 'incorrect';
    for (const answer of play.checks) {
      const check = course.checks.get(answer.checkId);
      const correct = isCorrectAnswer(answer.options, check?.options ?? []);
      interactions.push({
        id: `check.${answer.checkId}`,
        response: version === '1.2' ? answer.options.join(',') : answer.options.map(shortIdentifier).join('[,]'),
        result: correct ? 'correct' : wrong,
        at: (at += 20_000),
      });
    }
    for (const run of play.runs) {
      const scenario = course.scenarios.get(run.scenarioId);
      for (const step of run.steps) {
        const band =
          scenario?.map.scenes.find((s) => s.id === step.sceneId)?.replies.find((r) => r.id === step.replyId)?.band ??
          'mediocrity';
        const position = scenario?.replyOrder[step.sceneId]?.indexOf(step.replyId) ?? -1;
        interactions.push({
          id: `scenario.${run.scenarioId}.${step.sceneId}`,
          response: version === '1.2' ? (LETTERS[position] ?? '') : shortIdentifier(step.replyId),
          result: RESULT[version][band],
          at: (at += 20_000),
        });
      }
    }
    return { learner: play.learner, version, attempt: 1, startedAt, score: '', interactions };
  });
}
