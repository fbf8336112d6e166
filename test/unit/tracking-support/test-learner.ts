import type { Learner } from '../../../scripts/lms-model/launch-seed';

/** The learner every test LMS launches; the name comes "Family, Given", as Moodle sends it in 2004. */
export const TEST_LEARNER: Learner = { id: 'learner-1', name: 'Doe, Jane' };
