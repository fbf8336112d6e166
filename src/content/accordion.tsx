import type { ReactNode } from 'react';

/**
 * Optional detail the learner opens when they want it. Each panel is a native details/summary pair,
 * so the browser gives it Enter and Space, its expanded state for screen readers, find-in-page
 * and printing, with no script of ours.
 */
export function Accordion({ children }: { readonly children: ReactNode }) {
  return <div className="accordion">{children}</div>;
}

/** One openable section of an `<Accordion>`; closed until the learner opens it. */
export function Panel({ title, children }: { readonly title: string; readonly children: ReactNode }) {
  return (
    <details className="accordion__panel">
      <summary className="accordion__summary">{title}</summary>
      <div className="accordion__body">{children}</div>
    </details>
  );
}
