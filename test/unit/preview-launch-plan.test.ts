import { describe, expect, it } from 'vitest';
import { FRESH_RECORD, type LearnerRecord } from '../../scripts/preview/app/learner-record';
import { planLaunch } from '../../scripts/preview/app/launch-plan';

const presets = { mastery: false, noInteractions: false, failWrites: false };
const record = (cmi: LearnerRecord['cmi'], terminated: boolean): LearnerRecord => ({
  ...FRESH_RECORD,
  launches: 1,
  totalSeconds: 30,
  cmi,
  terminated,
});

describe("the preview panel's words for the shared next-launch model", () => {
  it('says a 2004 session that died before setting cmi.exit comes back blank, from its last commit', () => {
    const plan = planLaunch({
      version: '2004',
      record: record({ completion_status: 'incomplete', suspend_data: 'x' }, false),
      presets,
      passMark: 75,
    });
    expect(plan.entry).toBe('ab-initio');
    expect(plan.reason).toContain('it never set cmi.exit');
    expect(plan.reason).toContain('blank record with entry="ab-initio"');
    expect(plan.reason).toContain('closed without Terminate');
  });

  it('says a suspended session resumes, and that a finished attempt reopens in review mode', () => {
    const plan = planLaunch({
      version: '1.2',
      record: record({ core: { exit: 'suspend', lesson_status: 'passed' } }, true),
      presets,
      passMark: 75,
    });
    expect(plan.reason).toMatch(/^The course exited with exit="suspend": the LMS resumes/);
    expect(plan.reason).toContain('review mode');
    expect(plan.reason).not.toContain('Terminate');
  });

  it('tells a first launch from a relaunch where nothing was committed', () => {
    const first = planLaunch({ version: '2004', record: FRESH_RECORD, presets, passMark: 75 });
    const again = planLaunch({ version: '2004', record: record(null, false), presets, passMark: 75 });
    expect(first.reason).toBe('First launch of this attempt.');
    expect(again.reason).toBe('Nothing was committed yet, so the course starts afresh.');
  });
});
