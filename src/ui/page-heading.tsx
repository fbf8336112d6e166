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
