import { describe, expect, it } from 'vitest';
import { firstLaunch, planNextLaunch } from '../../scripts/lms-model/next-launch';
import type { CmiJson } from '../../scripts/lms-model/cmi-record';
import { createTestLms } from './tracking-support/lms-fixtures';
import type { Version } from './tracking-support/scorm-rules';
import { TEST_LEARNER } from './tracking-support/test-learner';

const EL = {
  '1.2': {
    entry: 'cmi.core.entry',
    mode: 'cmi.core.lesson_mode',
    credit: 'cmi.core.credit',
    location: 'cmi.core.lesson_location',
    status: 'cmi.core.lesson_status',
    learner: 'cmi.core.student_name',
    exit: 'cmi.core.exit',
    mastery: 'cmi.student_data.mastery_score',
  },
  '2004': {
    entry: 'cmi.entry',
    mode: 'cmi.mode',
    credit: 'cmi.credit',
    location: 'cmi.location',
    status: 'cmi.completion_status',
    learner: 'cmi.learner_name',
    exit: 'cmi.exit',
    mastery: 'cmi.scaled_passing_score',
  },
} as const;

/** A record as the LMS kept it after a session that wrote these values. */
function kept(version: Version, exit: string | null, status = 'incomplete'): CmiJson {
  const withExit = exit === null ? {} : { exit };
  return version === '1.2'
    ? {
        core: { lesson_status: status, lesson_location: 'lesson-3', session_time: '00:10:00', ...withExit },
        suspend_data: 'saved',
      }
    : { completion_status: status, location: 'lesson-3', session_time: 'PT10M', suspend_data: 'saved', ...withExit };
}

/** What the course reads at Initialize when scorm-again is seeded with the model's decision. */
function handed(version: Version, seed: CmiJson) {
  const lms = createTestLms(version, seed);
  const el = EL[version];
  return {
    entry: lms.value(el.entry),
    mode: lms.value(el.mode),
    credit: lms.value(el.credit),
    suspendData: lms.value('cmi.suspend_data'),
    location: lms.value(el.location),
    status: lms.value(el.status),
  };
}

/** total_time as seeded: scorm-again's flattened view leaves out the read-only 1.2 one. */
const totalTime = (version: Version, seed: CmiJson) =>
  version === '1.2' ? (seed.core as CmiJson | undefined)?.total_time : seed.total_time;

const next = (version: Version, cmi: CmiJson | null, totalSeconds = 600, masteryScore: number | null = null) =>
  planNextLaunch({ version, learner: TEST_LEARNER, kept: cmi, totalSeconds, masteryScore });

describe.each<Version>(['1.2', '2004'])('what a SCORM %s LMS hands the course at the next launch', (version) => {
  const is12 = version === '1.2';
  const normalExit = is12 ? '' : 'normal';
  const notStarted = is12 ? 'not attempted' : 'unknown';
  /** What a course sees with nothing handed back, and with the kept record handed back. */
  const blank = {
    entry: 'ab-initio',
    mode: 'normal',
    credit: 'credit',
    suspendData: '',
    location: '',
    status: notStarted,
  };
  const restored = { ...blank, suspendData: 'saved', location: 'lesson-3', status: 'incomplete' };

  it('starts from nothing when nothing was committed', () => {
    const plan = next(version, null);
    expect(plan.basis).toBe('nothing-kept');
    expect(handed(version, plan.seed)).toEqual(blank);
    expect(createTestLms(version, plan.seed).value(EL[version].learner)).toBe('Doe, Jane');
    expect(totalTime(version, plan.seed)).toBe(is12 ? '0000:00:00.00' : 'PT0H0M0S');
  });

  it('resumes everything after exit=suspend, whether or not the session reached Terminate', () => {
    const plan = next(version, kept(version, 'suspend'));
    expect(plan.basis).toBe('suspended');
    expect(handed(version, plan.seed)).toEqual({ ...restored, entry: 'resume' });
    expect(totalTime(version, plan.seed)).toBe(is12 ? '0000:10:00.00' : 'PT0H10M0S');
  });

  it(
    is12
      ? 'hands back the kept data with entry "" after a normal exit'
      : 'hands a blank record with entry=ab-initio after a normal exit, in the same attempt',
    () => {
      const plan = next(version, kept(version, normalExit));
      expect(plan.basis).toBe(is12 ? 'kept-without-suspend' : 'blank-without-suspend');
      expect(handed(version, plan.seed)).toEqual(is12 ? { ...restored, entry: '' } : blank);
    },
  );

  it(
    is12
      ? 'hands back the kept data when the session died before the course set an exit'
      : 'loses the kept data when the session died before the course set cmi.exit, as Moodle does',
    () => {
      const plan = next(version, kept(version, null));
      expect(plan.lastExit).toBeNull();
      expect(handed(version, plan.seed)).toMatchObject(
        is12
          ? { entry: '', suspendData: 'saved', location: 'lesson-3' }
          : { entry: 'ab-initio', suspendData: '', location: '' },
      );
    },
  );

  it('reopens a finished attempt in review mode, not as a new attempt', () => {
    const finished = next(version, kept(version, normalExit, 'completed'));
    expect(handed(version, finished.seed)).toMatchObject({
      entry: is12 ? '' : 'ab-initio',
      mode: 'review',
      credit: 'no-credit',
      suspendData: is12 ? 'saved' : '',
    });
    const suspended = next(version, kept(version, 'suspend', 'completed'));
    expect(handed(version, suspended.seed)).toMatchObject({
      entry: 'resume',
      mode: 'review',
      suspendData: 'saved',
      status: 'completed',
    });
  });

  it('never hands back the write-only exit or session_time of the session that ended', () => {
    const { seed } = next(version, kept(version, 'suspend'));
    const elements = Object.keys(is12 ? (seed.core as CmiJson) : seed);
    expect(elements).not.toContain('exit');
    expect(elements).not.toContain('session_time');
  });

  it('seeds the mastery score from the manifest, and only when the manifest has one', () => {
    const withMastery = createTestLms(version, firstLaunch(version, TEST_LEARNER, 75).seed);
    expect(withMastery.value(EL[version].mastery)).toBe(is12 ? '75' : '0.75');
    const dropped = next(version, { ...kept(version, 'suspend'), scaled_passing_score: '0.5' }).seed;
    expect(createTestLms(version, dropped).value(EL[version].mastery)).toBe('');
  });
});
