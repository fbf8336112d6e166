import type { ReactNode } from 'react';
import { hrefFor } from './hash-route';
import { useCourseComplete } from './use-course';

/**
 * A way to the results screen, shown once the course is complete: before that the results
 * screen has no certificate to offer, and the outline already shows the learner's progress.
 */
export function ResultsLink({ className, children }: { readonly className?: string; readonly children: ReactNode }) {
  const complete = useCourseComplete();
  if (!complete) return null;
  return (
    <a className={className} href={hrefFor({ name: 'results' })}>
      {children}
    </a>
  );
}
