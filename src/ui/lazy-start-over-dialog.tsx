import { Suspense } from 'react';
import { importAgain } from './import-again';
import { LoadErrorBoundary } from './load-error-boundary';
import { LoadProblem } from './load-problem';
import { lazySlot, useRetryableLazy } from './retryable-lazy';
import type { StartOverDialogProps } from './start-over-dialog';

/**
 * Only a returning learner who asks to start over needs the dialog, so it is a chunk of its own
 * and stays out of the first load. Should it fail to arrive, the learner can try again; nothing
 * has been cleared by then.
 */
const slot = lazySlot<StartOverDialogProps>((attempt: number) =>
  importAgain(() => import('./start-over-dialog'), attempt).then((m) => ({ default: m.StartOverDialog })),
);

export function LazyStartOverDialog(props: StartOverDialogProps) {
  const { Component: Dialog, attempt, retry } = useRetryableLazy(slot);
  return (
    <LoadErrorBoundary key={attempt} fallback={<LoadProblem what="question" onRetry={retry} />}>
      <Suspense
        fallback={
          <p className="loading" role="status">
            Opening…
          </p>
        }
      >
        <Dialog {...props} />
      </Suspense>
    </LoadErrorBoundary>
  );
}
