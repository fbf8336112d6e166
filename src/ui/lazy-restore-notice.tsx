import { importAgain } from './import-again';
import { lazyPart } from './lazy-part';

/**
 * Only a learner whose saved progress could not be read sees the notice. Until they decide, the
 * course writes nothing over what was saved, so a notice that is slow to arrive loses nothing.
 */
export const LazyRestoreNotice = lazyPart<object>(
  (attempt) => importAgain(() => import('./restore-notice'), attempt).then((m) => ({ default: m.RestoreNotice })),
  'notice',
  null,
);
