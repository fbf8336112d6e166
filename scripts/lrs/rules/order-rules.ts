import { VERB } from '../cmi5-iris';
import type { Statement } from '../types';
import { type Rule, finding } from './check-statement';
import { hasCategory, isDefinedVerb, verbId } from './statement-facts';
import { CATEGORY } from '../cmi5-iris';

const has = (history: readonly Statement[], verb: string): boolean => history.some((s) => isDefinedVerb(s, verb));

/** cmi5 9.3.0.0-4 and 7.1.3.0-1: nothing, defined or allowed, before the session's initialized. */
export const initializedFirst: Rule = ({ statement, sessionHistory }) =>
  has(sessionHistory, VERB.initialized) || isDefinedVerb(statement, VERB.initialized)
    ? []
    : [finding('9.3.0.0-4 (d2)', 'The session has not sent initialized yet; it must come first.')];

export const initializedOnce: Rule = ({ statement, sessionHistory }) =>
  isDefinedVerb(statement, VERB.initialized) && has(sessionHistory, VERB.initialized)
    ? [finding('9.3.2.0-3 (d)', 'initialized was already sent in this session.')]
    : [];

/** cmi5 9.3.6.0-2: once the LMS recorded abandoned for a session, nothing more is recorded for it. */
export const nothingAfterAbandoned: Rule = ({ session }) =>
  session.ended === 'abandoned'
    ? [finding('9.3.6.0-2 (d2)', 'The LMS abandoned this session when the AU was launched again.', 403)]
    : [];

/** cmi5 9.3.0.0-5 and 7.1.2.0-1: terminated is the session's last statement; later ones are refused. */
export const nothingAfterTerminated: Rule = ({ sessionHistory }) =>
  has(sessionHistory, VERB.terminated)
    ? [finding('9.3.0.0-5 (d2)', 'The session has terminated; no statement may follow.', 403)]
    : [];

/** cmi5 9.3.0.0-2: within a session no defined verb repeats (initialized has its own rule above). */
export const noRepeatInSession: Rule = ({ statement, sessionHistory }) => {
  const verb = verbId(statement);
  if (!hasCategory(statement, CATEGORY.cmi5) || verb === undefined || verb === VERB.initialized) return [];
  if (verb === VERB.terminated) return [];
  return has(sessionHistory, verb)
    ? [finding('9.3.0.0-2 (d)', 'This cmi5 defined verb was already sent in this session.')]
    : [];
};

/** cmi5 9.3.0.0-3: at most one of passed and failed in a session. */
export const onePassedOrFailedPerSession: Rule = ({ statement, sessionHistory }) =>
  (isDefinedVerb(statement, VERB.passed) || isDefinedVerb(statement, VERB.failed)) &&
  (has(sessionHistory, VERB.passed) || has(sessionHistory, VERB.failed))
    ? [finding('9.3.0.0-3 (d)', 'The session already sent passed or failed.')]
    : [];

export const completedOncePerRegistration: Rule = ({ statement, registrationHistory }) =>
  isDefinedVerb(statement, VERB.completed) && has(registrationHistory, VERB.completed)
    ? [finding('9.3.0.0-6 (d2)', 'completed was already recorded for this registration.')]
    : [];

export const passedOncePerRegistration: Rule = ({ statement, registrationHistory }) =>
  isDefinedVerb(statement, VERB.passed) && has(registrationHistory, VERB.passed)
    ? [finding('9.3.0.0-7 (d2)', 'passed was already recorded for this registration.')]
    : [];

/** cmi5 9.3.0.0-8: once passed, never failed in the registration (failed then passed is fine). */
export const noFailedAfterPassed: Rule = ({ statement, registrationHistory }) =>
  isDefinedVerb(statement, VERB.failed) && has(registrationHistory, VERB.passed)
    ? [finding('9.3.0.0-8 (d)', 'failed may not follow passed in the same registration.')]
    : [];

/**
 * cmi5 10.2.2: Browse and Review record no satisfaction: completed, passed and failed are refused.
 * This LRS is stricter than the spec on cmi5 allowed statements in those modes (issue 14: "send
 * nothing beyond initialized and terminated") and refuses them under 10.2.2.0-5 too.
 */
export const launchModeLimits: Rule = ({ statement, session }) => {
  if (session.launchMode === 'Normal') return [];
  const verb = verbId(statement);
  if (isDefinedVerb(statement, VERB.initialized) || isDefinedVerb(statement, VERB.terminated)) return [];
  const id = session.launchMode === 'Browse' ? '10.2.2.0-2 (d)' : '10.2.2.0-3 (d)';
  if (hasCategory(statement, CATEGORY.cmi5)) {
    return [finding(id, `${session.launchMode} mode records no ${verb ?? 'such'} statement.`)];
  }
  return [finding('10.2.2.0-5 (d)', `${session.launchMode} mode: only initialized and terminated are recorded.`)];
};
