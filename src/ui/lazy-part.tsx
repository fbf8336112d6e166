import { Suspense, type ReactNode } from 'react';
import { LoadErrorBoundary } from './load-error-boundary';
import { LoadProblem, type LoadProblemWhat } from './load-problem';
import { lazySlot, useRetryableLazy, type RetryableLoader } from './retryable-lazy';

/**
 * A part of the start screen that only some learners ever see, as a chunk of its own so the first
 * load does not carry it. Should it fail to arrive, the learner is told and can try again; by then
 * nothing has been changed.
 */
export function lazyPart<Props extends object>(
  load: RetryableLoader<Props>,
  what: LoadProblemWhat,
  loading: ReactNode,
) {
  const slot = lazySlot(load);
  function LazyPart(props: Props) {
    const { Component: Part, attempt, retry } = useRetryableLazy(slot);
    return (
      <LoadErrorBoundary key={attempt} fallback={<LoadProblem what={what} onRetry={retry} />}>
        <Suspense fallback={loading}>
          <Part {...props} />
        </Suspense>
      </LoadErrorBoundary>
    );
  }
  return LazyPart;
}
