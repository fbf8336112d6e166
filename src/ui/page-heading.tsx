import type { ReactNode } from 'react';

/**
 * Every screen's h1. It takes focus after navigation, so keyboard and screen-reader users
 * land at the top of the new content instead of on a control that no longer exists.
 */
export function PageHeading({ children }: { readonly children: ReactNode }) {
  return (
    <h1 className="page-heading" tabIndex={-1} data-page-heading="">
      {children}
    </h1>
  );
}

/** Puts focus on the screen's h1: where a learner lands when what they were using goes away. */
export function focusPageHeading(): void {
  document.querySelector<HTMLElement>('[data-page-heading]')?.focus();
}
