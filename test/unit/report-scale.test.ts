import { describe, expect, it } from 'vitest';
import { loadReportCourse } from '../../scripts/report/course-model';
import { readExportText } from '../../scripts/report/read-export';
import { simulatePlays } from '../../scripts/report/simulated-plays';
import { storedAttempts } from '../../scripts/report/stored-attempts';
import { tallyAnswers } from '../../scripts/report/tally';
import { writeMoodleExport } from '../../scripts/report/write-moodle';

/**
 * 10,000 learners, generated from the scenario graphs (scripts/report/generate-cli.ts does the
 * same for the timing in docs/reports.md), through Moodle's format: the figures must still be exact.
 */
describe('the report at the scale of a large training company', () => {
  it('counts 10,000 learners’ replies and endings exactly', { timeout: 180_000 }, () => {
    const course = loadReportCourse(process.cwd());
    const plays = simulatePlays(course, 10_000, 42);
    const exported = writeMoodleExport(storedAttempts(course, plays, '1.2', Date.UTC(2026, 0, 5, 9)), course.title);
    const read = readExportText(exported, 'moodle-10000.txt');
    const tally = tallyAnswers(course, read.answers);

    expect(tally.learners).toBe(10_000);
    expect(tally.unmatched.count).toBe(0);
    const replies = plays.reduce((sum, p) => sum + p.runs.reduce((n, r) => n + r.steps.length, 0), 0);
    const answers = plays.reduce((sum, p) => sum + p.checks.length, 0) + replies;
    expect(tally.answers).toBe(answers);
    for (const [scenarioId, t] of tally.scenarios) {
      const runs = plays.flatMap((p) => p.runs.filter((r) => r.scenarioId === scenarioId && r.steps.length > 0));
      expect(t.learners, scenarioId).toBe(runs.length);
      for (const scene of course.scenarios.get(scenarioId)?.map.scenes ?? [])
        for (const reply of scene.replies)
          expect(t.choiceCounts[scene.id]?.[reply.id] ?? 0, `${scenarioId} ${scene.id} ${reply.id}`).toBe(
            runs.reduce(
              (n, r) => n + r.steps.filter((s) => s.sceneId === scene.id && s.replyId === reply.id).length,
              0,
            ),
          );
      const ended = Object.values(t.endingCounts).reduce((a, b) => a + b, 0);
      expect(ended + t.unfinished).toBe(runs.length);
    }
    for (const [checkId, t] of tally.checks) {
      expect(t.learners).toBe(10_000);
      for (const option of course.checks.get(checkId)?.options ?? [])
        expect(t.optionCounts[option.id] ?? 0).toBe(
          plays.filter((p) => p.checks.find((c) => c.checkId === checkId)?.options.includes(option.id)).length,
        );
    }
  });
});
