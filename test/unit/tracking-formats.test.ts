import { describe, expect, it } from 'vitest';
import { reportedStatus } from '../../src/tracking/reported-status';
import {
  decimal,
  displayName,
  duration2004,
  scormIdentifier,
  shortIdentifier,
  time12,
  timespan12,
  timestamp2004,
} from '../../src/tracking/scorm-formats';
import { checkValue } from './tracking-support/scorm-rules';

describe('SCORM value formats', () => {
  it.each([
    [0, '00:00:00.00', 'PT0S'],
    [4_250, '00:00:04.25', 'PT4.25S'],
    [65_500, '00:01:05.50', 'PT1M5.5S'],
    [3_723_000, '01:02:03.00', 'PT1H2M3S'],
    [2_999, '00:00:03.00', 'PT3S'],
    [123 * 3_600_000, '123:00:00.00', 'PT123H'],
  ])('%i ms is %s in 1.2 and %s in 2004', (ms, v12, v2004) => {
    expect(timespan12(ms)).toBe(v12);
    expect(duration2004(ms)).toBe(v2004);
    expect(checkValue('1.2', 'cmi.core.session_time', v12)).toBeNull();
    expect(checkValue('2004', 'cmi.session_time', v2004)).toBeNull();
  });

  it('caps 1.2 hours at four digits', () => {
    expect(timespan12(20_000 * 3_600_000)).toBe('9999:00:00.00');
  });

  it('writes 2004 timestamps with two fraction digits before the zone', () => {
    const ms = Date.UTC(2026, 0, 15, 9, 30, 5, 678);
    expect(timestamp2004(ms)).toBe('2026-01-15T09:30:05.67Z');
    expect(checkValue('2004', 'cmi.interactions.0.timestamp', timestamp2004(ms))).toBeNull();
  });

  it('writes 1.2 interaction times as a local time of day', () => {
    const ms = new Date(2026, 0, 15, 7, 5, 9).getTime();
    expect(time12(ms)).toBe('07:05:09');
  });

  it('rounds decimals without float noise', () => {
    expect(decimal(0.1 + 0.2, 4)).toBe('0.3');
    expect(decimal(85.555, 2)).toBe('85.56');
    expect(decimal(1 / 3, 4)).toBe('0.3333');
  });

  it('keeps identifiers and responses to characters strict LMSs accept', () => {
    expect(scormIdentifier("scenario.late-delivery.it's here")).toBe('scenario.late-delivery.it_s_here');
    expect(shortIdentifier('ask-what-happened')).toBe('ask_what_happened');
  });

  it.each([
    ['Doe, Jane', 'Jane Doe'],
    ['van der Berg,  Anna Maria ', 'Anna Maria van der Berg'],
    ['Prince', 'Prince'],
    ['', null],
  ])('turns the LMS name %j into %j', (lms, name) => {
    expect(displayName(lms)).toBe(name);
  });
});

describe('reported status per reporting mode', () => {
  const cases = [
    { started: true, complete: false, passed: false },
    { started: true, complete: true, passed: false },
    { started: true, complete: true, passed: true },
  ];

  it('passed-incomplete never reports a fail', () => {
    expect(cases.map((c) => reportedStatus('passed-incomplete', c))).toEqual([
      { lessonStatus: 'incomplete', completion: 'incomplete', success: 'unknown' },
      { lessonStatus: 'incomplete', completion: 'completed', success: 'unknown' },
      { lessonStatus: 'passed', completion: 'completed', success: 'passed' },
    ]);
  });

  it('passed-failed gives a verdict only once complete', () => {
    expect(cases.map((c) => reportedStatus('passed-failed', c).lessonStatus)).toEqual([
      'incomplete',
      'failed',
      'passed',
    ]);
    expect(cases.map((c) => reportedStatus('passed-failed', c).success)).toEqual(['unknown', 'failed', 'passed']);
  });

  it('completed-incomplete ignores the score', () => {
    expect(cases.map((c) => reportedStatus('completed-incomplete', c).lessonStatus)).toEqual([
      'incomplete',
      'completed',
      'completed',
    ]);
  });

  it('reports objectives nobody has started as not attempted', () => {
    expect(reportedStatus('passed-incomplete', { started: false, complete: false, passed: false })).toEqual({
      lessonStatus: 'not attempted',
      completion: 'not attempted',
      success: 'unknown',
    });
  });
});
