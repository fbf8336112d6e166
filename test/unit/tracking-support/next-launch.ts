import type { Version } from './scorm-rules';

export const LEARNER = { id: 'learner-1', name: 'Doe, Jane' };

/** What an LMS hands a course on a first launch. */
export function firstLaunchSeed(version: Version): Record<string, unknown> {
  return version === '1.2'
    ? {
        core: {
          student_id: LEARNER.id,
          student_name: LEARNER.name,
          credit: 'credit',
          lesson_mode: 'normal',
          lesson_status: 'not attempted',
          entry: 'ab-initio',
        },
      }
    : { learner_id: LEARNER.id, learner_name: LEARNER.name, credit: 'credit', mode: 'normal', entry: 'ab-initio' };
}

/**
 * What an LMS hands the course on the next launch, from the data it kept: after exit=suspend
 * everything comes back with entry=resume; SCORM 1.2 keeps the record after a normal exit too;
 * SCORM 2004 starts a new attempt.
 */
export function nextLaunchSeed(version: Version, cmi: Record<string, unknown>): Record<string, unknown> {
  const core = (cmi.core ?? {}) as Record<string, unknown>;
  const exit = version === '1.2' ? core.exit : cmi.exit;
  if (version === '2004' && exit !== 'suspend') return firstLaunchSeed(version);
  const entry = exit === 'suspend' ? 'resume' : '';
  return version === '1.2'
    ? { ...cmi, core: { ...core, entry, exit: '', session_time: '' } }
    : { ...cmi, entry, exit: '', session_time: '' };
}
