import type { LmsWriter } from './lms-writer';
import type { ScormDataModel } from './scorm-data-model';

/**
 * Adds the ids of the interactions an earlier sitting journaled to `into`, so a resumed session
 * does not journal the same question again. Only where the LMS lets them be read back: SCORM 1.2
 * interactions are write-only, and there each session journals a question once.
 */
export function readJournal(lms: LmsWriter, model: ScormDataModel, into: Set<string>): void {
  if (!model.interactionIdReadable) return;
  const count = Number(lms.get(model.interactionCount));
  for (let n = 0; Number.isInteger(count) && n < count; n += 1) into.add(lms.get(`cmi.interactions.${n}.id`));
}
