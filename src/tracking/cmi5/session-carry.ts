import type { LaunchRecord } from './launch-record';
import type { Statement, XapiContext } from './statements';
import { EXTENSION_SESSION_ID } from './xapi-iris';

export const sessionIdOf = (context: XapiContext | undefined): string | null => {
  const id = context?.extensions?.[EXTENSION_SESSION_ID];
  return typeof id === 'string' ? id : null;
};

const isSessionVerb = (s: Statement) => /\/(initialized|terminated)$/.test(s.verb.id);

/**
 * Moves what an earlier session left undelivered into this one. Its initialized and terminated
 * belong to a session the LMS has closed, so they go; everything else (answers, a completion) is
 * re-homed: this session's id and a timestamp after this session's initialized, its own statement
 * id kept, so a copy the LRS did store is refused as a conflict rather than stored twice.
 * Returns those statements, taken out of the queue to be queued again after initialized.
 */
export function carryOver(record: LaunchRecord, template: XapiContext, now: number): Statement[] {
  const current = sessionIdOf(template);
  if (record.sessionId === current) return [];
  const carried: Statement[] = [];
  record.queue = record.queue.filter((item) => {
    if (item.kind !== 'statement') return true;
    const s = item.statement;
    if (!isSessionVerb(s))
      carried.push({
        ...s,
        timestamp: new Date(now).toISOString(),
        context: { ...s.context, extensions: { ...s.context.extensions, ...template.extensions } },
      });
    return false;
  });
  record.sessionId = current;
  record.initialized = false;
  record.terminated = false;
  return carried;
}
