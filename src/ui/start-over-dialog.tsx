import { useEffect, useState } from 'react';
import { ConfirmDialog } from './confirm-dialog';
import { focusPageHeading } from './page-heading';
import { t } from '../i18n/i18n';
import 'virtual:ui-messages/dialog';

export interface StartOverDialogProps {
  readonly open: boolean;
  readonly onCancel: () => void;
  readonly onConfirm: () => void;
}

/**
 * Asks a returning learner to confirm that their progress in this course should be cleared. Once cleared, the
 * Start over button that opened it is gone, so focus goes to the screen's heading, and a message that stays on the
 * page says what happened. Its live region is on the page from the moment the dialog opens, so screen readers
 * announce the words when they appear.
 */
export function StartOverDialog({ open, onCancel, onConfirm }: StartOverDialogProps) {
  const [cleared, setCleared] = useState(false);
  useEffect(() => {
    // Runs after the dialog has closed (child effects run first), so the browser's own focus return cannot undo it.
    if (cleared) focusPageHeading();
  }, [cleared]);
  return (
    <>
      <ConfirmDialog
        open={open}
        title={t('dialog.start-over.title')}
        confirmLabel={t('dialog.start-over.confirm')}
        cancelLabel={t('dialog.start-over.cancel')}
        onCancel={onCancel}
        onConfirm={() => {
          setCleared(true);
          onConfirm();
        }}
      >
        {t('dialog.start-over.body')}
      </ConfirmDialog>
      <div role="status" className={cleared ? 'notice notice--info start-over__done' : undefined}>
        {cleared ? <p>{t('dialog.start-over.done')}</p> : null}
      </div>
    </>
  );
}
