/** The IRIs the cmi5 spec defines (sections 9.3, 9.6), and the course's own. */
export const VERB = {
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
  answered: 'http://adlnet.gov/expapi/verbs/answered',
} as const;

export type VerbName = keyof typeof VERB;

export const CATEGORY_CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
export const CATEGORY_MOVE_ON = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
export const EXTENSION_MASTERY_SCORE = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';
export const EXTENSION_SESSION_ID = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
export const INTERACTION_TYPE = 'http://adlnet.gov/expapi/activities/cmi.interaction';

/**
 * The course's own vocabulary, the same whichever LMS launched it (activity ids are the LMS's).
 * `.invalid` is reserved (RFC 2606), so the IRI can never resolve to, or clash with, anyone else's;
 * an organisation with a domain of its own may put it here instead.
 */
export const courseIri = (courseId: string) => `https://${courseId}.invalid/xapi`;

/** The result extension that carries a reply's band: wow, mediocrity or misery. */
export const bandExtension = (courseId: string) => `${courseIri(courseId)}/band`;

/** State documents the course keeps per registration (xAPI State API), beside the LMS's LMS.LaunchData. */
export const STATE_PROGRESS = 'progress';
export const STATE_JOURNAL = 'cmi5-journal';
export const STATE_LAUNCH_DATA = 'LMS.LaunchData';
export const PROFILE_PREFERENCES = 'cmi5LearnerPreferences';
