import { importAgain } from './import-again';
import { lazyPart } from './lazy-part';

const loadRestoreParts = (attempt: number) => importAgain(() => import('./restore-parts'), attempt);

/**
 * Only a learner whose saved progress could not be read sees the notice. Until they decide, the
 * course writes nothing over what was saved, so a notice that is slow to arrive loses nothing.
 */
export const LazyRestoreNotice = lazyPart<object>(
  (attempt) => loadRestoreParts(attempt).then((m) => ({ default: m.RestoreNotice })),
  'notice',
  null,
);

/** Follows the restore notice, from the same chunk, which is loaded by the time the learner has chosen. */
export const LazyHeldNotice = lazyPart<object>(
  (attempt) => loadRestoreParts(attempt).then((m) => ({ default: m.HeldNotice })),
  'notice',
  null,
);
