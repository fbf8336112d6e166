import { useEffect, useState } from 'react';
import { ConfirmDialog } from './confirm-dialog';
import { focusPageHeading } from './page-heading';

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
        title="Start the course again?"
        confirmLabel="Yes, start over"
        cancelLabel="Keep my progress"
        onCancel={onCancel}
        onConfirm={() => {
          setCleared(true);
          onConfirm();
        }}
      >
        This clears every lesson you have visited, your answers, your role-play results and your reflections in this
        course. It cannot be undone. Any result your learning system has already recorded (a completion, a pass or a
        score) stays as it is: starting over never lowers it.
      </ConfirmDialog>
      <div role="status" className={cleared ? 'notice notice--info start-over__done' : undefined}>
        {cleared ? (
          <p>Your progress in this course has been cleared. You can start again from the first lesson.</p>
        ) : null}
      </div>
    </>
  );
}
