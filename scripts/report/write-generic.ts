import { writeDelimited } from './csv';
import type { StoredAttempt } from './lms-record';

/** The generic CSV: learner, interaction, response, result, timestamp; one row per interaction, in order. */
export function writeGenericCsv(attempts: readonly StoredAttempt[]): string {
  const rows = [['learner', 'interaction', 'response', 'result', 'timestamp']];
  for (const a of attempts)
    for (const i of a.interactions)
      rows.push([a.learner.email, i.id, i.response, i.result, new Date(i.at).toISOString()]);
  return writeDelimited(rows);
}
