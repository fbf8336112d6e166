import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadReportCourse } from '../../scripts/report/course-model';
import { readExportText } from '../../scripts/report/read-export';
import { tallyAnswers } from '../../scripts/report/tally';

const course = loadReportCourse(process.cwd());
const tallyOf = (file: string) =>
  tallyAnswers(course, readExportText(readFileSync(`test/fixtures/report/${file}`, 'utf8'), file).answers);

describe('the tally of learner choices', () => {
  it('turns SCORM 1.2 letters into replies by the authored order, and derives each ending from the graph', () => {
    const tally = tallyOf('moodle-interactions.txt');
    const late = tally.scenarios.get('late-delivery');
    expect(tally.learners).toBe(2);
    // Grace: c (tell-her-now), b (own-it-and-ask), a (promise-to-try → left-hanging); her second attempt does not count.
    // Amir: d (hint-at-delay), c (check-and-call-back → left-hanging).
    expect(late?.choiceCounts).toEqual({
      'slot-question': { 'tell-her-now': 1, 'hint-at-delay': 1 },
      'the-news': { 'own-it-and-ask': 1 },
      options: { 'promise-to-try': 1 },
      pressed: { 'check-and-call-back': 1 },
    });
    expect(late?.endingCounts).toEqual({ 'left-hanging': 2 });
    expect(late?.unfinished).toBe(0);
    expect(late?.paths.map((p) => [p.steps.map((s) => s.replyId), p.endingId, p.learners])).toEqual([
      [['hint-at-delay', 'check-and-call-back'], 'left-hanging', 1],
      [['tell-her-now', 'own-it-and-ask', 'promise-to-try'], 'left-hanging', 1],
    ]);
  });

  it('counts only the first try at a check, even when a later attempt got it right', () => {
    const check = tallyOf('moodle-interactions.txt').checks.get('clearest-repair-promise');
    expect(check).toMatchObject({ learners: 2, rightFirstTry: 1, optionCounts: { b: 1, d: 1 } });
  });

  it('matches SCORM 2004 short identifiers to reply ids and orders answers by their timestamps', () => {
    const late = tallyOf('interactions.csv').scenarios.get('late-delivery');
    expect(late?.choiceCounts).toEqual({
      'slot-question': { 'tell-her-now': 1, 'confirm-thursday': 1 },
      'the-news': { 'own-it-and-ask': 1 },
      options: { 'offer-choices': 1 },
    });
    // Neither reached an ending: both stopped in the middle.
    expect(late?.endingCounts).toEqual({});
    expect(late?.unfinished).toBe(2);
    // Jane's rows list the-news before slot-question; their timestamps put them right.
    expect(late?.paths.map((p) => p.steps.map((s) => s.replyId))).toContainEqual([
      'tell-her-now',
      'own-it-and-ask',
      'offer-choices',
    ]);
  });

  it('flags a wrong option that drew more learners than a right one', () => {
    const answers = ['a', 'a', 'd'].map((option, n) => ({
      learner: `l${n}`,
      question: { kind: 'check' as const, checkId: 'clearest-repair-promise' },
      response: [option],
      result: null,
      attempt: 1,
      at: null,
      file: 'f',
      line: n + 2,
    }));
    const check = tallyAnswers(course, answers).checks.get('clearest-repair-promise');
    expect(check).toMatchObject({ learners: 3, rightFirstTry: 1, misleading: ['a'] });
  });

  it('counts answers to questions or options the course does not have, with where they are', () => {
    const tally = tallyAnswers(course, [
      {
        learner: 'x',
        question: { kind: 'check', checkId: 'no-such-check' },
        response: ['a'],
        result: null,
        attempt: 1,
        at: null,
        file: 'old.csv',
        line: 2,
      },
      {
        learner: 'x',
        question: { kind: 'scene', scenarioId: 'late-delivery', sceneId: 'slot-question' },
        response: ['gone'],
        result: null,
        attempt: 1,
        at: null,
        file: 'old.csv',
        line: 3,
      },
    ]);
    expect(tally.unmatched).toEqual({ count: 2, examples: ['old.csv:2', 'old.csv:3'] });
    expect(tally.scenarios.get('late-delivery')?.learners).toBe(0);
  });

  it('still counts a check right or wrong when Moodle left its response empty (SCORM 2004), but not a reply', () => {
    const text =
      'Name\tAttempt\tQuestion 0\tResponse 0\tResult 0\tQuestion 1\tResponse 1\tResult 1\n' +
      'Ana\t1\tcheck.clearest-repair-promise\t\tcorrect\tscenario.late-delivery.slot-question\t\tcorrect\n';
    const tally = tallyAnswers(course, readExportText(text, 'moodle-2004.txt').answers);
    expect(tally.checks.get('clearest-repair-promise')).toMatchObject({
      learners: 1,
      rightFirstTry: 1,
      optionCounts: {},
    });
    expect(tally.scenarios.get('late-delivery')?.learners).toBe(0);
    expect(tally.unmatched).toEqual({ count: 1, examples: ['moodle-2004.txt:2'] });
  });
});
