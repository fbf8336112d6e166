import { describe, expect, it } from 'vitest';
import type { ScormVersion } from '../../src/tracking/find-api';
import type { LmsCalls } from '../../src/tracking/lms-calls';
import { FIRST_WAIT_MS } from '../../src/tracking/lms-outage';
import { ATTEMPTS, createLmsWriter } from '../../src/tracking/lms-writer';

function fakeCalls(setValue: (element: string) => boolean, error = 101, version: ScormVersion = '2004') {
  const sets: string[] = [];
  const calls: LmsCalls = {
    version,
    initialize: () => true,
    terminate: () => true,
    commit: () => true,
    getValue: () => '',
    setValue: (element) => {
      sets.push(element);
      return setValue(element);
    },
    lastError: () => error,
    explain: (code) => `code ${code}`,
  };
  return { calls, sets };
}

describe('LMS writer', () => {
  it('retries a failing write a bounded number of times, then waits before trying the LMS again, once', () => {
    let time = 0;
    const { calls, sets } = fakeCalls(() => false);
    const log: string[] = [];
    const lms = createLmsWriter(
      calls,
      (m) => log.push(m),
      () => time,
    );
    expect(lms.set('cmi.location', 'a')).toBe('failed');
    expect(lms.set('cmi.location', 'b')).toBe('failed');
    expect(lms.set('cmi.suspend_data', 'b')).toBe('failed');
    expect(sets).toHaveLength(ATTEMPTS);
    time += FIRST_WAIT_MS;
    expect(lms.set('cmi.location', 'c')).toBe('failed');
    expect(sets).toHaveLength(ATTEMPTS + 1);
    expect(log).toEqual([`[tracking] SetValue cmi.location failed (${ATTEMPTS} tries): error 101 code 101`]);
  });

  it('waits twice as long after each failed try, up to a bound, and stops waiting once the LMS answers', () => {
    let time = 0;
    let up = false;
    const { calls, sets } = fakeCalls(() => up);
    const lms = createLmsWriter(
      calls,
      () => {},
      () => time,
    );
    const triedAt: number[] = [];
    for (; time <= 120_000; time += 500) {
      const before = sets.length;
      lms.set('cmi.location', String(time));
      if (sets.length > before) triedAt.push(time);
    }
    expect(triedAt).toEqual([0, 1000, 3000, 7000, 15_000, 31_000, 47_000, 63_000, 79_000, 95_000, 111_000]);
    up = true;
    time += 16_000;
    expect(lms.set('cmi.location', 'back')).toBe('ok');
    expect(lms.set('cmi.suspend_data', 'next')).toBe('ok');
  });

  it.each([403, 404, 405, 406, 407])('does not retry SCORM 2004 error %i, and keeps writing other elements', (code) => {
    const { calls, sets } = fakeCalls((element) => element !== 'cmi.location', code);
    const lms = createLmsWriter(calls, () => {});
    expect(lms.set('cmi.location', 'a')).toBe('failed');
    expect(lms.set('cmi.suspend_data', 'b')).toBe('ok');
    expect(sets).toEqual(['cmi.location', 'cmi.suspend_data']);
  });

  it('reads SCORM 1.2 error 402 as "element is a keyword": a refused write, not a missing feature', () => {
    const { calls, sets } = fakeCalls(() => false, 402, '1.2');
    expect(createLmsWriter(calls, () => {}).set('cmi.interactions._count', '1')).toBe('failed');
    expect(sets).toHaveLength(1);
  });

  it('reads SCORM 1.2 error 401 as a missing element', () => {
    const { calls, sets } = fakeCalls(() => false, 401, '1.2');
    expect(createLmsWriter(calls, () => {}).set('cmi.interactions.0.id', 'x')).toBe('unsupported');
    expect(sets).toHaveLength(1);
  });

  it('succeeds on a retry when the LMS recovers', () => {
    let refusals = 1;
    const { calls, sets } = fakeCalls(() => refusals-- <= 0);
    expect(createLmsWriter(calls, () => {}).set('cmi.location', 'a')).toBe('ok');
    expect(sets).toHaveLength(2);
  });

  it('does not retry an element the LMS does not have', () => {
    const { calls, sets } = fakeCalls(() => false, 401);
    expect(createLmsWriter(calls, () => {}).set('cmi.interactions.0.id', 'x')).toBe('unsupported');
    expect(sets).toHaveLength(1);
  });

  it('does not send a value the LMS already holds from this session', () => {
    const { calls, sets } = fakeCalls(() => true);
    const lms = createLmsWriter(calls, () => {});
    lms.set('cmi.location', 'a');
    lms.set('cmi.location', 'a');
    lms.set('cmi.location', 'b');
    expect(sets).toEqual(['cmi.location', 'cmi.location']);
  });
});
