import { describe, expect, it } from 'vitest';
import type { Scorm12Api, Scorm2004Api } from '../../src/tracking/find-api';
import { createTestLms } from './tracking-support/lms-fixtures';

/** The strict check must bite where scorm-again lets things through, or passing against it proves nothing. */
describe('strict LMS check', () => {
  const open12 = () => {
    const lms = createTestLms('1.2');
    const api = lms.api as Scorm12Api;
    api.LMSInitialize('');
    return { lms, api };
  };
  const open2004 = () => {
    const lms = createTestLms('2004');
    const api = lms.api as Scorm2004Api;
    api.Initialize('');
    return { lms, api };
  };

  it('flags calls before Initialize, a second Terminate and anything after Terminate', () => {
    const lms = createTestLms('1.2');
    const api = lms.api as Scorm12Api;
    api.LMSSetValue('cmi.core.lesson_location', 'x');
    api.LMSInitialize('');
    api.LMSSetValue('cmi.core.exit', 'suspend');
    api.LMSSetValue('cmi.core.session_time', '00:00:01');
    api.LMSFinish('');
    api.LMSCommit('');
    api.LMSFinish('');
    expect(lms.strict.violations).toEqual([
      'LMSSetValue(cmi.core.lesson_location) before Initialize',
      'LMSCommit after Terminate',
      'LMSFinish after Terminate',
      'LMSFinish called more than once',
    ]);
  });

  it.each([
    ['cmi.core.session_time', '1:02:03', 'not a CMITimespan'],
    ['cmi.core.session_time', 'PT1M', 'not a CMITimespan'],
    ['cmi.core.lesson_status', 'not attempted', 'is not one of'],
    ['cmi.core.exit', 'normal', 'is not one of'],
    ['cmi.core.score.raw', '150', 'outside 0..100'],
    ['cmi.suspend_data', 'x'.repeat(4097), 'over 4096'],
    ['cmi.interactions.0.description', 'Why', 'not an element a SCO may write'],
  ])('flags SCORM 1.2 %s = %s', (element, value, problem) => {
    const { lms, api } = open12();
    api.LMSSetValue(element, value);
    expect(lms.strict.violations.join('\n')).toContain(problem);
  });

  it.each([
    ['cmi.session_time', 'PT1.123S', 'not a 2004 duration'],
    ['cmi.session_time', '00:01:30', 'not a 2004 duration'],
    ['cmi.exit', 'logout', 'is not one of'],
    ['cmi.score.scaled', '1.5', 'outside -1..1'],
    ['cmi.interactions.0.id', 'q 1', 'long identifier'],
  ])('flags SCORM 2004 %s = %s', (element, value, problem) => {
    const { lms, api } = open2004();
    api.SetValue(element, value);
    expect(lms.strict.violations.join('\n')).toContain(problem);
  });

  it.each([
    ['2026-01-15T09:30:00Z', 'zone only after a fraction'],
    ['2026-01-15T09:30:00.123Z', 'zone only after a fraction'],
    ['1969-12-31T23:59:59.00Z', 'outside 1970–2038'],
  ])('flags the 2004 timestamp %s', (timestamp, problem) => {
    const { lms, api } = open2004();
    api.SetValue('cmi.interactions.0.id', 'q1');
    api.SetValue('cmi.interactions.0.timestamp', timestamp);
    expect(lms.strict.violations.join('\n')).toContain(problem);
  });

  it('flags responses before type, bad response formats and overwriting an older interaction', () => {
    const { lms, api } = open2004();
    api.SetValue('cmi.interactions.0.id', 'q1');
    api.SetValue('cmi.interactions.0.learner_response', 'a');
    api.SetValue('cmi.interactions.1.id', 'q2');
    api.SetValue('cmi.interactions.1.type', 'choice');
    api.SetValue('cmi.interactions.1.learner_response', 'option one');
    api.SetValue('cmi.interactions.1.correct_responses.0.pattern', 'a[,]a');
    api.SetValue('cmi.interactions.0.result', 'correct');
    api.SetValue('cmi.interactions.3.id', 'q4');
    expect(lms.strict.violations).toEqual([
      'cmi.interactions.0.learner_response set before its type',
      'cmi.interactions.1.learner_response: "option one" is not a 2004 choice response',
      'cmi.interactions.1.correct_responses.0.pattern: "a[,]a" repeats a choice',
      'wrote cmi.interactions.0.result while _count is 2: interactions are appended, never overwritten',
      'wrote cmi.interactions.3.id while _count is 2: interactions are appended, never overwritten',
    ]);
  });

  it('flags 1.2 choice responses that are not single characters, and reading write-only elements', () => {
    const { lms, api } = open12();
    api.LMSSetValue('cmi.interactions.0.id', 'q1');
    api.LMSSetValue('cmi.interactions.0.type', 'choice');
    api.LMSSetValue('cmi.interactions.0.student_response', 'opt_1');
    api.LMSSetValue('cmi.interactions.0.result', 'incorrect');
    api.LMSGetValue('cmi.interactions.0.id');
    expect(lms.strict.violations).toEqual([
      'cmi.interactions.0.student_response: "opt_1" is not a 1.2 choice response',
      'cmi.interactions.0.result: "incorrect" is not one of "correct", "wrong", "unanticipated", "neutral"',
      'cmi.interactions.0.id is write-only',
    ]);
  });

  it('flags a pass set before any score, and a normal exit from an unfinished attempt without session time', () => {
    const { lms, api } = open2004();
    api.SetValue('cmi.success_status', 'passed');
    api.SetValue('cmi.completion_status', 'incomplete');
    api.SetValue('cmi.exit', 'normal');
    api.Terminate('');
    expect(lms.strict.violations).toEqual([
      'cmi.success_status=passed set before the score in this session',
      'Terminate without a session time',
      'exit "normal" ends an attempt that is not complete',
    ]);
  });

  it('records writes the LMS refuses separately from spec violations', () => {
    const { lms, api } = open12();
    lms.faults.rejectWrites = true;
    api.LMSSetValue('cmi.core.lesson_location', 'first');
    expect(lms.strict.violations).toEqual([]);
    expect(lms.strict.rejections).toEqual([{ element: 'cmi.core.lesson_location', value: 'first', code: '101' }]);
  });
});
