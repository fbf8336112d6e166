import type { Rule } from './check-statement';
import { cmi5Category, moveOnCategory, objectIsAu, registration, sessionId, templateActivities } from './context-rules';
import {
  completedOncePerRegistration,
  initializedFirst,
  initializedOnce,
  launchModeLimits,
  noFailedAfterPassed,
  nothingAfterAbandoned,
  noRepeatInSession,
  nothingAfterTerminated,
  onePassedOrFailedPerSession,
  passedOncePerRegistration,
} from './order-rules';
import { durationRequired, masteryScoreAgreement, scoreOnlyOnJudgement, successAndCompletion } from './result-rules';
import { launchedActor, statementId, utcTimestamp, xapiShape } from './shape-rules';

/** Every cmi5 rule the LRS enforces on statements from content, in the order they are reported. */
export const CMI5_RULES: readonly Rule[] = [
  nothingAfterAbandoned,
  nothingAfterTerminated,
  xapiShape,
  statementId,
  utcTimestamp,
  launchedActor,
  sessionId,
  registration,
  templateActivities,
  cmi5Category,
  objectIsAu,
  moveOnCategory,
  initializedFirst,
  initializedOnce,
  noRepeatInSession,
  onePassedOrFailedPerSession,
  completedOncePerRegistration,
  passedOncePerRegistration,
  noFailedAfterPassed,
  launchModeLimits,
  durationRequired,
  scoreOnlyOnJudgement,
  masteryScoreAgreement,
  successAndCompletion,
];
