import type { CmiJson, LearnerRecord, PreviewPresets } from './learner-record';
import type { ScormVersionKey } from './scorm-dialect';
import { formatTotalTime } from './scorm-time';

export const PREVIEW_LEARNER = { id: 'preview-learner', name: 'Learner, Preview' } as const;

export interface LaunchPlan {
  readonly newAttempt: boolean;
  readonly entry: 'ab-initio' | 'resume' | '';
  /** Seed for scorm-again's loadFromJSON, applied before the course can call Initialize. */
  readonly seed: CmiJson;
  /** What the LMS does on this launch and why, in words for the panel. */
  readonly reason: string;
}

interface LaunchInput {
  readonly version: ScormVersionKey;
  readonly record: LearnerRecord;
  readonly presets: PreviewPresets;
  readonly passMark: number;
}

const asObject = (value: unknown): CmiJson => (typeof value === 'object' && value !== null ? (value as CmiJson) : {});

/** The exit value the course last left in the record, or null when it never set one. */
export function savedExit(version: ScormVersionKey, cmi: CmiJson | null): string | null {
  if (!cmi) return null;
  const exit = version === '1.2' ? asObject(cmi.core).exit : cmi.exit;
  return typeof exit === 'string' ? exit : null;
}

/**
 * Decides entry and seed data like a typical LMS. SCORM 2004: only exit=suspend resumes;
 * any other exit ends the attempt, so the next launch starts a new one. SCORM 1.2: the data stays
 * with the attempt (as Moodle does) and entry is "resume" only after exit=suspend.
 */
export function planLaunch({ version, record, presets, passMark }: LaunchInput): LaunchPlan {
  const exit = savedExit(version, record.cmi);
  const unfinished = record.terminated
    ? ''
    : ' The last session closed without Terminate, so the data of its last commit is used.';
  if (!record.cmi)
    return fresh(
      version,
      presets,
      passMark,
      record.launches === 0
        ? 'First launch of this attempt.'
        : 'Nothing was committed yet, so the course starts afresh.',
    );
  if (version === '2004' && exit !== 'suspend' && (record.terminated || exit !== null))
    return fresh(
      version,
      presets,
      passMark,
      `The course exited with cmi.exit="${exit ?? ''}", which ends the attempt: a SCORM 2004 LMS starts a new attempt.`,
      true,
    );
  const entry = exit === 'suspend' ? 'resume' : version === '2004' ? 'resume' : '';
  const reason =
    exit === 'suspend'
      ? `The course exited with exit="suspend": the LMS resumes with entry="resume", suspend_data and location.${unfinished}`
      : `The course did not set exit="suspend": entry is "${entry}" and the saved data is carried over.${unfinished}`;
  return { newAttempt: false, entry, seed: resumeSeed(version, record, entry, presets, passMark), reason };
}

function fresh(
  version: ScormVersionKey,
  presets: PreviewPresets,
  passMark: number,
  reason: string,
  newAttempt = false,
): LaunchPlan {
  const seed: CmiJson =
    version === '1.2'
      ? {
          core: {
            student_id: PREVIEW_LEARNER.id,
            student_name: PREVIEW_LEARNER.name,
            credit: 'credit',
            lesson_mode: 'normal',
            lesson_status: 'not attempted',
            entry: 'ab-initio',
            total_time: formatTotalTime('1.2', 0),
          },
          student_data: { mastery_score: presets.mastery ? String(passMark) : '' },
        }
      : {
          learner_id: PREVIEW_LEARNER.id,
          learner_name: PREVIEW_LEARNER.name,
          credit: 'credit',
          mode: 'normal',
          entry: 'ab-initio',
          total_time: formatTotalTime('2004', 0),
          ...(presets.mastery ? { scaled_passing_score: String(passMark / 100) } : {}),
        };
  return { newAttempt, entry: 'ab-initio', seed, reason };
}

function resumeSeed(
  version: ScormVersionKey,
  record: LearnerRecord,
  entry: string,
  presets: PreviewPresets,
  passMark: number,
): CmiJson {
  const saved = record.cmi ?? {};
  if (version === '1.2') {
    const { exit: _exit, session_time: _session, ...core } = asObject(saved.core);
    return {
      ...saved,
      core: { ...core, entry, total_time: formatTotalTime('1.2', record.totalSeconds) },
      student_data: { ...asObject(saved.student_data), mastery_score: presets.mastery ? String(passMark) : '' },
    };
  }
  const { exit: _exit, session_time: _session, ...rest } = saved;
  return {
    ...rest,
    entry,
    total_time: formatTotalTime('2004', record.totalSeconds),
    scaled_passing_score: presets.mastery ? String(passMark / 100) : '',
  };
}
