import type { ProgressFacts } from '../course/progress-facts';
import type { CheckReport, ReplyReport } from '../course/progress.machine';
import type { LmsSession } from './lms-session.machine';

/**
 * The progress machine's effects, provided at the edge: every new fact and every reportable
 * choice goes to the LMS session, which decides what to write and when to commit.
 */
export function trackingActions(session: Pick<LmsSession, 'send'>) {
  return {
    persistFacts: (_: unknown, { facts }: { facts: ProgressFacts }) => session.send({ type: 'progress.saved', facts }),
    reportReply: (_: unknown, { reply }: { reply: ReplyReport }) => session.send({ type: 'reply.reported', reply }),
    reportCheck: (_: unknown, { check }: { check: CheckReport }) => session.send({ type: 'check.reported', check }),
  };
}
