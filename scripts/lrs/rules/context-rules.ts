import { AU_DEFINED_VERBS, CATEGORY, VERB } from '../cmi5-iris';

import { type Rule, finding } from './check-statement';
import {
  contextActivityIds,
  hasCategory,
  isMeantAsDefined,
  objectId,
  registrationOf,
  sessionIdOf,
  usesAuDefinedVerbOnAu,
  verbId,
} from './statement-facts';

const MOVE_ON_VERBS: ReadonlySet<string> = new Set([VERB.completed, VERB.passed, VERB.failed]);

/** cmi5 9.6.3.1-4: every AU statement carries the session id the LMS gave, unchanged (10.2.1.0-7). */
export const sessionId: Rule = ({ statement, session }) => {
  const value = sessionIdOf(statement);
  if (value === undefined) return [finding('9.6.3.1-4 (d)', 'The session id context extension is missing.')];
  return value === session.sessionId
    ? []
    : [finding('10.2.1.0-7 (d)', 'The session id differs from the one in the context template.')];
};

/** cmi5 9.6.1: the registration the LMS launched with (required on cmi5 defined statements). */
export const registration: Rule = ({ statement, session }) => {
  const value = registrationOf(statement);
  if (value === session.registration) return [];
  if (value === undefined && !isMeantAsDefined(statement, session)) return [];
  return [
    finding(
      '9.6.1.0-1 (d)',
      value === undefined ? 'context.registration is missing.' : `context.registration ${value} is not the launch's.`,
    ),
  ];
};

/** cmi5 9.6.2.0-1 / 10.2.1.0-6: the template's contextActivities (the publisher id in grouping) are kept. */
export const templateActivities: Rule = ({ statement, session }) => {
  if (contextActivityIds(statement, 'grouping').includes(session.publisherId)) return [];
  const defined = isMeantAsDefined(statement, session);
  return [
    finding(
      defined ? '9.6.2.0-1 (d)' : '10.2.1.0-6 (d)',
      `contextActivities.grouping lacks the AU's publisher id ${session.publisherId} from the context template.`,
    ),
  ];
};

/**
 * cmi5 7.1.3 and 9.6.2.1-1: the AU's defined verbs about the AU carry the cmi5 category; any other
 * verb makes a "cmi5 allowed" statement, which must not.
 */
export const cmi5Category: Rule = ({ statement, session }) => {
  const has = hasCategory(statement, CATEGORY.cmi5);
  if (!has && usesAuDefinedVerbOnAu(statement, session)) {
    return [finding('9.6.2.1-1', 'A cmi5 defined verb about the AU needs the cmi5 category.')];
  }
  const verb = verbId(statement);
  if (has && (verb === undefined || !AU_DEFINED_VERBS.has(verb))) {
    return [
      finding(
        '9.6.2.1-1',
        'The cmi5 category is only for cmi5 defined verbs; this verb makes a cmi5 allowed statement.',
      ),
    ];
  }
  return [];
};

/** cmi5 9.4.0.0-2: a cmi5 defined statement's object is the AU, by the activityId of the launch. */
export const objectIsAu: Rule = ({ statement, session }) =>
  hasCategory(statement, CATEGORY.cmi5) && objectId(statement) !== session.activityId
    ? [finding('9.4.0.0-1 (d)', `A cmi5 defined statement's object must be the AU, ${session.activityId}.`)]
    : [];

/** cmi5 9.6.2.2: the moveOn category goes on defined statements with success or completion, and nowhere else. */
export const moveOnCategory: Rule = ({ statement }) => {
  const has = hasCategory(statement, CATEGORY.moveOn);
  const result = statement['result'] as { success?: unknown; completion?: unknown } | undefined;
  const verb = verbId(statement) ?? '';
  const judged = result?.success !== undefined || result?.completion !== undefined || MOVE_ON_VERBS.has(verb);
  const defined = hasCategory(statement, CATEGORY.cmi5);
  if (defined && judged && !has) {
    const requirement =
      verb === VERB.completed ? '9.6.2.2-1 (d1)' : verb === VERB.passed ? '9.6.2.2-1 (d2)' : '9.6.2.2-1 (d3)';
    return [finding(requirement, 'A defined statement with success or completion needs the moveOn category.')];
  }
  if (has && !(defined && judged)) {
    return [finding('9.6.2.2-2 (d)', 'Only defined statements with success or completion carry the moveOn category.')];
  }
  return [];
};
