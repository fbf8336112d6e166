/** IRIs the cmi5 spec fixes (section 9), in one place so rules and launcher agree. */
export const VERB = {
  launched: 'http://adlnet.gov/expapi/verbs/launched',
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  abandoned: 'https://w3id.org/xapi/adl/verbs/abandoned',
  waived: 'https://w3id.org/xapi/adl/verbs/waived',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
  satisfied: 'https://w3id.org/xapi/adl/verbs/satisfied',
} as const;

/** Verbs the AU may send with the cmi5 category ("cmi5 defined" statements from content). */
export const AU_DEFINED_VERBS: ReadonlySet<string> = new Set([
  VERB.initialized,
  VERB.completed,
  VERB.passed,
  VERB.failed,
  VERB.terminated,
]);

/** Verbs only the LMS sends; content sending them is refused. */
export const LMS_ONLY_VERBS: ReadonlySet<string> = new Set([
  VERB.launched,
  VERB.abandoned,
  VERB.waived,
  VERB.satisfied,
]);

export const CATEGORY = {
  cmi5: 'https://w3id.org/xapi/cmi5/context/categories/cmi5',
  moveOn: 'https://w3id.org/xapi/cmi5/context/categories/moveon',
} as const;

export const EXTENSION = {
  sessionId: 'https://w3id.org/xapi/cmi5/context/extensions/sessionid',
  masteryScore: 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore',
  launchMode: 'https://w3id.org/xapi/cmi5/context/extensions/launchmode',
  launchUrl: 'https://w3id.org/xapi/cmi5/context/extensions/launchurl',
  moveOn: 'https://w3id.org/xapi/cmi5/context/extensions/moveon',
  launchParameters: 'https://w3id.org/xapi/cmi5/context/extensions/launchparameters',
} as const;

/** The type of the object of the LMS's satisfied statement for the whole course (9.3.9.0-6). */
export const ACTIVITY_TYPE_COURSE = 'https://w3id.org/xapi/cmi5/activitytype/course';

export const LAUNCH_DATA_STATE_ID = 'LMS.LaunchData';
export const LEARNER_PREFERENCES_PROFILE_ID = 'cmi5LearnerPreferences';
