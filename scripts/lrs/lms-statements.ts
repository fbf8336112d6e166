import { ACTIVITY_TYPE_COURSE, CATEGORY, EXTENSION, VERB } from './cmi5-iris';
import type { LrsCore } from './lrs-core';
import { isDefinedVerb, sessionIdOf } from './rules/statement-facts';
import type { MoveOn, Session, Statement } from './types';

/**
 * The statements the LMS itself records about a session (cmi5 9.3): launched, abandoned and
 * satisfied, with the session's context template and the cmi5 category, as 9.6.2.3-2 and
 * 9.6.3.1-3 ask of the LMS.
 */
export function lmsStatement(
  core: LrsCore,
  session: Session,
  verb: string,
  extensions: Record<string, unknown> = {},
  more: Partial<Statement> = {},
): Statement {
  return {
    id: core.newId(),
    actor: { objectType: 'Agent', ...session.actor },
    verb: { id: verb, display: { 'en-US': verb.split('/').pop() ?? verb } },
    object: { id: session.activityId, objectType: 'Activity' },
    context: {
      registration: session.registration,
      contextActivities: { grouping: [{ id: session.publisherId }], category: [{ id: CATEGORY.cmi5 }] },
      extensions: { [EXTENSION.sessionId]: session.sessionId, ...extensions },
    },
    timestamp: new Date(core.now()).toISOString(),
    ...more,
  };
}

/**
 * cmi5 9.3.6: the LMS ends a session the AU left open; its duration runs from launched to the last
 * statement the AU sent (9.5.4.2-2). The session's token then records nothing more (9.3.6.0-2).
 */
export function abandon(core: LrsCore, session: Session): void {
  const sent = core.statements.fromContent().filter((s) => sessionIdOf(s) === session.sessionId);
  const last = Math.max(session.launchedAt, ...sent.map((s) => Date.parse(String(s['timestamp'])) || 0));
  const seconds = Math.max(0, (last - session.launchedAt) / 1000);
  core.storeFromLms(lmsStatement(core, session, VERB.abandoned, {}, { result: { duration: `PT${seconds}S` } }));
  session.ended = 'abandoned';
}

/** What satisfies each moveOn (cmi5 section 13.1.4), from what the registration recorded. */
const SATISFIES: Readonly<Record<MoveOn, (completed: boolean, passed: boolean) => boolean>> = {
  Completed: (completed) => completed,
  Passed: (_, passed) => passed,
  CompletedAndPassed: (completed, passed) => completed && passed,
  CompletedOrPassed: (completed, passed) => completed || passed,
  // NotApplicable is satisfied without any AU statement; an LMS records that when it builds the course, not here.
  NotApplicable: () => false,
};

/**
 * cmi5 9.3.9.0-5: once the registration meets the AU's moveOn, the LMS records `satisfied` for the
 * course (this one-AU course has no blocks), once per registration, in the AU session that met it.
 */
export function recordSatisfiedIfMet(core: LrsCore, session: Session): void {
  const ofRegistration = core.statements
    .all()
    .filter((s) => (s['context'] as { registration?: unknown } | undefined)?.registration === session.registration);
  if (ofRegistration.some((s) => isDefinedVerb(s, VERB.satisfied))) return;
  const completed = ofRegistration.some((s) => isDefinedVerb(s, VERB.completed));
  const passed = ofRegistration.some((s) => isDefinedVerb(s, VERB.passed));
  if (!SATISFIES[session.moveOn](completed, passed)) return;
  core.storeFromLms(
    lmsStatement(
      core,
      session,
      VERB.satisfied,
      {},
      {
        // 9.3.9.0-6..8: an LMS-made course id of its own, never the publisher's id.
        object: {
          id: `${core.baseUrl}/activities/course/${encodeURIComponent(session.publisherId)}`,
          objectType: 'Activity',
          definition: { type: ACTIVITY_TYPE_COURSE },
        },
      },
    ),
  );
}
