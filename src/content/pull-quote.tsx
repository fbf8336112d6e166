import type { ReactNode } from 'react';

/** A line worth remembering, set large, with who said it. */
export function PullQuote({ cite, children }: { readonly cite: string; readonly children: ReactNode }) {
  return (
    <figure className="pull-quote">
      <blockquote className="pull-quote__quote">{children}</blockquote>
      <figcaption className="pull-quote__cite">
        <span aria-hidden="true">– </span>
        {cite}
      </figcaption>
    </figure>
  );
}
