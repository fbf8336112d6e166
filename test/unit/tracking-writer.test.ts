import { describe, expect, it } from 'vitest';
import type { LmsCalls } from '../../src/tracking/lms-calls';
import { ATTEMPTS, createLmsWriter } from '../../src/tracking/lms-writer';

function fakeCalls(setValue: (element: string) => boolean, error = 101) {
  const sets: string[] = [];
  const calls: LmsCalls = {
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
  it('retries a refused write a bounded number of times, and logs it once while it keeps failing', () => {
    const { calls, sets } = fakeCalls(() => false);
    const log: string[] = [];
    const lms = createLmsWriter(calls, (m) => log.push(m));
    expect(lms.set('cmi.location', 'a')).toBe('failed');
    expect(lms.set('cmi.location', 'b')).toBe('failed');
    expect(sets).toHaveLength(2 * ATTEMPTS);
    expect(log).toEqual([`[tracking] SetValue cmi.location failed (${ATTEMPTS} tries): error 101 code 101`]);
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
