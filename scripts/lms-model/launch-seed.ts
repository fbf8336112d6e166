import { asCmiObject, type CmiJson, type ScormVersion } from './cmi-record';
import { formatTotalTime } from './total-time';

export interface Learner {
  readonly id: string;
  /** "Family, Given", as Moodle sends it. */
  readonly name: string;
}

/** What the LMS sets itself on every launch, whatever it kept: the course may only read these. */
export interface LmsOwned {
  readonly learner: Learner;
  readonly entry: 'ab-initio' | 'resume' | '';
  readonly mode: 'normal' | 'review';
  readonly totalSeconds: number;
  /** The manifest's mastery score in percent, or null when the manifest sets none. */
  readonly masteryScore: number | null;
}

const credit = (mode: LmsOwned['mode']) => (mode === 'normal' ? 'credit' : 'no-credit');

/**
 * A seed for scorm-again's loadFromJSON: the kept run-time data (or none), with exit and
 * session_time dropped, since both are write-only and belong to the session that ended, and the
 * LMS-owned elements written over whatever the record held.
 */
export function launchSeed(version: ScormVersion, kept: CmiJson | null, owned: LmsOwned): CmiJson {
  const { learner, entry, mode, totalSeconds, masteryScore } = owned;
  if (version === '1.2') {
    const { exit: _exit, session_time: _session, ...core } = asCmiObject(kept?.core);
    const { mastery_score: _mastery, ...studentData } = asCmiObject(kept?.student_data);
    return {
      ...kept,
      core: {
        lesson_status: 'not attempted',
        ...core,
        student_id: learner.id,
        student_name: learner.name,
        credit: credit(mode),
        lesson_mode: mode,
        entry,
        total_time: formatTotalTime('1.2', totalSeconds),
      },
      student_data: { ...studentData, ...(masteryScore === null ? {} : { mastery_score: String(masteryScore) }) },
    };
  }
  const { exit: _exit, session_time: _session, scaled_passing_score: _passing, ...rest } = kept ?? {};
  return {
    ...rest,
    learner_id: learner.id,
    learner_name: learner.name,
    credit: credit(mode),
    mode,
    entry,
    total_time: formatTotalTime('2004', totalSeconds),
    ...(masteryScore === null ? {} : { scaled_passing_score: String(masteryScore / 100) }),
  };
}
