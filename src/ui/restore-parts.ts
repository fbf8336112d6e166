/**
 * What a learner whose saved progress could not be read sees, in one chunk
 * (src/ui/lazy-restore-notice.tsx): the choice first, then, if they keep it, the notice that it is held.
 */
export { HeldNotice } from './held-notice';
export { RestoreNotice } from './restore-notice';
