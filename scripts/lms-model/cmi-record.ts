export type ScormVersion = '1.2' | '2004';

/** Run-time data in scorm-again's JSON shape (nested objects, `core` in 1.2), as an LMS keeps it. */
export type CmiJson = Record<string, unknown>;

export const asCmiObject = (value: unknown): CmiJson =>
  typeof value === 'object' && value !== null ? (value as CmiJson) : {};

/** The exit value the course last left in the kept record, or null when it never set one. */
export function keptExit(version: ScormVersion, cmi: CmiJson | null): string | null {
  if (!cmi) return null;
  const exit = version === '1.2' ? asCmiObject(cmi.core).exit : cmi.exit;
  return typeof exit === 'string' ? exit : null;
}

/**
 * Whether the kept attempt is finished in Moodle's eyes (`scorm_check_mode`): it reads only the
 * completion element, lesson_status in 1.2 and completion_status in 2004, so a 2004 course that
 * passed but is still "incomplete" stays in normal mode.
 */
export function attemptFinished(version: ScormVersion, cmi: CmiJson | null): boolean {
  if (!cmi) return false;
  const status = version === '1.2' ? asCmiObject(cmi.core).lesson_status : cmi.completion_status;
  return status === 'completed' || status === 'passed' || status === 'failed';
}
