import { importAgain } from './import-again';
import { lazyPart } from './lazy-part';
import { t } from '../i18n/i18n';
import type { StartOverDialogProps } from './start-over-dialog';

/** Only a returning learner who asks to start over needs the dialog. */
export const LazyStartOverDialog = lazyPart<StartOverDialogProps>(
  (attempt) => importAgain(() => import('./start-over-dialog'), attempt).then((m) => ({ default: m.StartOverDialog })),
  'question',
  <p className="loading" role="status">
    {t('loading.opening')}
  </p>,
);
