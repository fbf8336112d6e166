/**
 * What only a learner inside an LMS sees, in one chunk that loads with the LMS adapter
 * (src/ui/lms-parts.ts): the Exit button, the notices about the LMS session and the screen after Exit, with their words.
 */
export { ExitButton } from './exit-button';
export { LmsNotice } from './lms-notice';
export { TrackingClosedScreen } from './tracking-closed-screen';
