import { lazy, useState, type ComponentType, type LazyExoticComponent } from 'react';

/** Loads a component; `attempt` is 0 the first time and counts the learner's retries after that. */
export type RetryableLoader<Props> = (attempt: number) => Promise<{ default: ComponentType<Props> }>;

/** One lazily loaded component and the downloads tried for it so far, shared by every place that shows it. */
export interface LazySlot<Props> {
  current: LazyExoticComponent<ComponentType<Props>>;
  attempts: number;
  readonly load: RetryableLoader<Props>;
}

export function lazySlot<Props>(load: RetryableLoader<Props>): LazySlot<Props> {
  return { current: lazy(() => load(0)), attempts: 0, load };
}

/** Puts a fresh download in the slot; returns its attempt number. */
function downloadAgain<Props>(slot: LazySlot<Props>): number {
  slot.attempts += 1;
  const attempt = slot.attempts;
  slot.current = lazy(() => slot.load(attempt));
  return attempt;
}

/**
 * A lazily loaded component that can be asked to download again. React remembers a failed lazy
 * load for good, so a retry puts a fresh lazy component in the slot, where every later visit finds
 * it; reloading the page instead would end the LMS session, and the LMS would track nothing more
 * this visit. `attempt` changes with each retry, so a caller can key its error boundary on it.
 */
export function useRetryableLazy<Props>(slot: LazySlot<Props>) {
  const [, setAttempt] = useState(slot.attempts);
  const retry = () => setAttempt(downloadAgain(slot));
  return { Component: slot.current, attempt: slot.attempts, retry };
}
