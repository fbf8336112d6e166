import { ConfirmDialog } from './confirm-dialog';

export interface StartOverDialogProps {
  readonly open: boolean;
  readonly onCancel: () => void;
  readonly onConfirm: () => void;
}

/** Asks a returning learner to confirm that their progress in this course should be cleared. */
export function StartOverDialog({ open, onCancel, onConfirm }: StartOverDialogProps) {
  return (
    <ConfirmDialog
      open={open}
      title="Start the course again?"
      confirmLabel="Yes, start over"
      cancelLabel="Keep my progress"
      onCancel={onCancel}
      onConfirm={onConfirm}
    >
      This clears every lesson you have visited, your answers, your role-play results and your reflections in this
      course. It cannot be undone. Any result your learning system has already recorded (a completion, a pass or a
      score) stays as it is: starting over never lowers it.
    </ConfirmDialog>
  );
}
